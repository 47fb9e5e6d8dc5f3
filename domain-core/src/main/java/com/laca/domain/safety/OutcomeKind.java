package com.laca.domain.safety;

/**
 * What a matched contraindication rule means for treatment, declared from mildest to most severe so the worst
 * finding is the one a client and practitioner see first.
 */
public enum OutcomeKind {
    /** Shown to the practitioner and recorded; treatment may go ahead. */
    CAUTION,
    /** Not before a date computed from an answer (e.g. isotretinoin stopped + 6 months). */
    DEFER_UNTIL,
    /** A prescriber must record a decision with a reason before treatment; only that decision clears it. */
    PRESCRIBER_REVIEW,
    /** Not to be treated; no software path clears it. */
    BLOCK
}
