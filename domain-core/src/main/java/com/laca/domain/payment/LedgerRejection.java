package com.laca.domain.payment;

/** Why the ledger refused to record something, so the caller can answer the user precisely. */
public enum LedgerRejection {
    /** A refund was asked for but no card money was ever captured. */
    NOTHING_CAPTURED,
    /** The refund is larger than what was captured minus what was already refunded or forfeited. */
    EXCEEDS_REFUNDABLE,
    /** A refund failure points at a refund this ledger never issued. */
    UNKNOWN_REFUND,
    /** There is no refundable card money left to forfeit. */
    NOTHING_TO_FORFEIT,
    /** A waiver was asked for but nothing is forfeited. */
    NOTHING_FORFEITED,
    /** A desk payment is larger than the balance still due for the treatment. */
    EXCEEDS_BALANCE_DUE,
    /** The reference (a receipt number, a refund's idempotency key) was recorded before for another amount. */
    REFERENCE_REUSED
}
