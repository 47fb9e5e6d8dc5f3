package com.laca.domain.academy.certificate;

import java.util.Objects;

/** The answer to a status change, sealed so a refused revocation is never reported as done. */
public sealed interface CertificateResult {

    /**
     * Done.
     *
     * @param certificate the certificate with the change appended, to be saved
     */
    record Applied(Certificate certificate) implements CertificateResult {

        public Applied {
            Objects.requireNonNull(certificate, "certificate");
        }
    }

    /**
     * Refused; nothing changed.
     *
     * @param reason  a stable code
     * @param message why
     */
    record Refused(CertificateRefusal reason, String message) implements CertificateResult {

        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }
}
