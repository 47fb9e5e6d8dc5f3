package com.laca.domain.payment;

/**
 * Where an appointment's deposit stands, read from its ledger, so the desk sees at a glance on the calendar whether
 * the client still owes it, paid it, got it back or lost it.
 */
public enum DepositStatus {
    /** No deposit was asked for and nothing was paid. */
    NONE,
    /** A deposit was asked for (by card or at the desk) and nothing has been paid yet. */
    DUE,
    /** Money was paid and is still held for the appointment. */
    PAID,
    /** Everything paid was given back. */
    REFUNDED,
    /** The clinic kept the deposit (late cancellation or no-show). */
    FORFEITED;

    /** The status the ledger's entries add up to; a forfeit outranks a partial refund, since the clinic kept money. */
    public static DepositStatus of(PaymentLedger ledger) {
        if (ledger.entries().isEmpty()) {
            return NONE;
        }
        if (!ledger.forfeited().isZero()) {
            return FORFEITED;
        }
        boolean paid = !ledger.captured().plus(ledger.paidAtDesk()).isZero();
        if (!paid) {
            return DUE;
        }
        return !ledger.refunded().isZero() && ledger.refundable().isZero() ? REFUNDED : PAID;
    }
}
