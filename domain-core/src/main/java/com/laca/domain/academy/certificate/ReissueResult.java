package com.laca.domain.academy.certificate;

import java.util.Objects;

/** The answer to a reissue: both certificates to save, or why not. */
public sealed interface ReissueResult {

    /**
     * Reissued.
     *
     * @param original    the old certificate, now revoked as replaced
     * @param replacement the corrected certificate
     */
    record Reissued(Certificate original, Certificate replacement) implements ReissueResult {

        public Reissued {
            Objects.requireNonNull(original, "original");
            Objects.requireNonNull(replacement, "replacement");
        }
    }

    /**
     * Refused; nothing changed.
     *
     * @param reason  a stable code
     * @param message why
     */
    record Refused(CertificateRefusal reason, String message) implements ReissueResult {

        public Refused {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(message, "message");
        }
    }
}
