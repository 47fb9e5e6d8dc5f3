package com.laca.application.academy.port.in;

import com.laca.domain.academy.certificate.Certificate;
import com.laca.domain.academy.certificate.CertificateStatus;
import com.laca.domain.academy.certificate.VerificationCode;
import java.util.Objects;
import java.util.Optional;

/**
 * A certificate with its status now (valid, expired, suspended, revoked or superseded), derived from its history, and
 * for a superseded one the code of the certificate now standing in its place.
 *
 * @param supersededBy the latest reissue's code, when this one was superseded
 */
public record CertificateView(Certificate certificate, CertificateStatus status,
                              Optional<VerificationCode> supersededBy) {

    public CertificateView {
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(supersededBy, "supersededBy");
    }
}
