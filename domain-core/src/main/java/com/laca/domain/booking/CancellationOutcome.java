package com.laca.domain.booking;

/**
 * What a cancellation, no-show or reschedule means for the client's deposit, the answer payments act on.
 */
public enum CancellationOutcome {
    /** Cancelled at or before the free window's edge: the deposit is refunded. */
    FREE_CANCELLATION(DepositTreatment.REFUND),
    /** Cancelled inside the window: the deposit is kept. */
    LATE_CANCELLATION(DepositTreatment.FORFEIT),
    /** The client did not come: the deposit is kept. */
    NO_SHOW(DepositTreatment.FORFEIT),
    /** Moved to another time: the deposit moves with it. */
    RESCHEDULED(DepositTreatment.CARRY_OVER);

    private final DepositTreatment deposit;

    CancellationOutcome(DepositTreatment deposit) {
        this.deposit = deposit;
    }

    public DepositTreatment deposit() {
        return deposit;
    }
}
