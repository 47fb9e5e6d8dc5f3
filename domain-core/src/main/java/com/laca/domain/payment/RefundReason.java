package com.laca.domain.payment;

/** Why money is sent back, kept with the refund so the clinic's books explain every refund. */
public enum RefundReason {
    /** The client asked for it. */
    REQUESTED_BY_CLIENT,
    /** Cancelled inside the free cancellation window. */
    CANCELLED_IN_TIME,
    /** The clinic waived a forfeit. */
    FORFEIT_WAIVED,
    /** The payment arrived after its hold expired and the slot was given to someone else. */
    LATE_PAYMENT_SLOT_TAKEN,
    /** The payment arrived after its hold expired; the slot was still free, but an expired booking stays expired. */
    LATE_PAYMENT_HOLD_LAPSED,
    /** The client paid twice. */
    DUPLICATE_PAYMENT,
    /** The payment is believed fraudulent. */
    FRAUDULENT,
    /** A goodwill gesture. */
    GOODWILL
}
