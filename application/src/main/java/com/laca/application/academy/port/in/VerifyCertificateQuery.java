package com.laca.application.academy.port.in;

import java.util.Optional;

/**
 * Lets anyone shown a certificate check it without signing in: the clinic's public slug and the code printed on it
 * give its facts and status now, or nothing (an unknown clinic and an unknown code look the same).
 */
public interface VerifyCertificateQuery {

    Optional<CertificateView> verify(String tenantSlug, String typedCode);
}
