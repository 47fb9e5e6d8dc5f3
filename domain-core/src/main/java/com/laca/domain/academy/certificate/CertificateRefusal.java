package com.laca.domain.academy.certificate;

/** Why a certificate refused a status change, as a closed list the REST adapter maps to a problem type. */
public enum CertificateRefusal {
    /** It is revoked; nothing more can happen to it. */
    ALREADY_REVOKED,
    /** It is suspended already. */
    ALREADY_SUSPENDED,
    /** Only a suspended certificate can be reinstated. */
    NOT_SUSPENDED,
    /** A person suspended it; only a person can reinstate it. */
    SUSPENDED_BY_STAFF
}
