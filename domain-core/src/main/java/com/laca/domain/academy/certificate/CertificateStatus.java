package com.laca.domain.academy.certificate;

/** What the public verify page says about a certificate. */
public enum CertificateStatus {
    /** Issued, in date, neither suspended nor revoked. */
    VALID,
    /** Its validity period has ended (recertification needed); it was valid until then. */
    EXPIRED,
    /** Not to be relied on for now (e.g. a regrade took the pass away, or an investigation); may be reinstated. */
    SUSPENDED,
    /** Withdrawn for good, from the date shown; the record stays. */
    REVOKED,
    /**
     * Replaced by a reissued certificate with a new code (e.g. a corrected name), from the date shown: not valid,
     * but not withdrawn for cause either; the verify page names the certificate that replaced it.
     */
    SUPERSEDED
}
