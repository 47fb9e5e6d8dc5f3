package com.laca.domain.payment;

/**
 * What a cancellation or no-show means for the deposit, as decided by the booking engine's cancellation policy;
 * kept here as a two-value answer so the payment rules do not depend on how that policy is written.
 */
public enum DepositOutcome {
    /** Cancelled in time: the client gets the deposit back. */
    REFUND,
    /** Cancelled late or did not show: the clinic keeps the deposit. */
    FORFEIT
}
