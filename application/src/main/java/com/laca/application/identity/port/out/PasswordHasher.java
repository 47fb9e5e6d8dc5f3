package com.laca.application.identity.port.out;

/** Hashes and checks passwords with a slow, salted algorithm; the encoded form names its own parameters. */
public interface PasswordHasher {

    String hash(String password);

    /** Whether the password matches; implementations take the same time for a malformed hash as for a real one. */
    boolean matches(String password, String encodedHash);
}
