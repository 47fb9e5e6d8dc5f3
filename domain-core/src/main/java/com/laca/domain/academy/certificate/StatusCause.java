package com.laca.domain.academy.certificate;

/**
 * Why a certificate's status was changed, so a regrade can lift a suspension a regrade caused but never one a person
 * decided.
 */
public enum StatusCause {
    /** A person at the academy decided it. */
    STAFF_DECISION,
    /** A regrade changed the learner's result. */
    REGRADE,
    /** A corrected certificate replaced it. */
    REISSUE
}
