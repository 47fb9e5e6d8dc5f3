package com.laca.domain.booking;

/** What payments should do with a deposit already paid, so the money rule is decided here and only executed there. */
public enum DepositTreatment {
    /** Give it back. */
    REFUND,
    /** Keep it. */
    FORFEIT,
    /** Keep it against the rescheduled appointment. */
    CARRY_OVER
}
