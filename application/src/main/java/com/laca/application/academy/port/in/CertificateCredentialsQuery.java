package com.laca.application.academy.port.in;

import java.util.Map;
import java.util.Optional;

/**
 * A certificate as an Open Badges 3.0 {@code OpenBadgeCredential} anyone can verify without us: signed as a VC-JWT,
 * with the issuer's public keys and a Bitstring Status List per status purpose that says whether it still stands.
 */
public interface CertificateCredentialsQuery {

    /** The signed credential of the certificate with that code at that clinic, or nothing (unknown clinic or code). */
    Optional<String> credential(String tenantSlug, String typedCode);

    /**
     * The signed {@code BitstringStatusListCredential} the certificate's credential points to for a purpose
     * ({@code revocation}: revoked or superseded; {@code suspension}: suspended); its bit 0 is set when that holds.
     * Another purpose is invalid input.
     */
    Optional<String> statusList(String tenantSlug, String typedCode, String purpose);

    /** The clinic's issuer keys as a JSON Web Key Set, or nothing for an unknown clinic. */
    Optional<Map<String, Object>> issuerKeys(String tenantSlug);
}
