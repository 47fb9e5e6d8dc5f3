package com.laca.application.payment.port.out;

/** Where a refund stands at the processor; refunds can take days, and a few fail after being accepted. */
public enum RefundStatus {
    /** Accepted, money not yet back with the client. */
    PENDING,
    /** Money is on its way back. */
    SUCCEEDED,
    /** The refund could not be made (e.g. the card was closed); the money stays with the clinic. */
    FAILED,
    /** The refund was cancelled before it was made. */
    CANCELED,
    /** The processor needs more information before it can refund. */
    REQUIRES_ACTION
}
