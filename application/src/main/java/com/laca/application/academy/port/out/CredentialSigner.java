package com.laca.application.academy.port.out;

import java.util.Map;

/**
 * Signs verifiable credentials as compact JWTs (VC-JWT) and publishes the public keys that verify them, so the academy
 * shapes a credential without knowing any cryptography and anyone can check it without asking us.
 */
public interface CredentialSigner {

    /** The JWT claims (JSON values: strings, numbers, booleans, lists, maps) signed as a compact JWS. */
    String sign(Map<String, Object> claims);

    /** The public keys as a JSON Web Key Set ({@code {"keys": [...]}}), each with the {@code kid} signatures name. */
    Map<String, Object> publicKeys();
}
