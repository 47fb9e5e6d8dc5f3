package com.laca.application.payment.port.in;

import com.laca.domain.booking.CancellationOutcome;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.TenantId;

/**
 * Carries out what the booking engine's cancellation policy decided for a deposit (refund, forfeit, carry over),
 * called after the cancellation or no-show is committed, so the booking transaction never waits for the processor.
 */
public interface SettleDepositUseCase {

    /**
     * Settles the appointment's deposit; repeating it for the same appointment and outcome changes nothing more.
     *
     * @throws com.laca.application.shared.PaymentGatewayUnavailableException the refund is reserved and is
     *         completed by repeating the call
     */
    SettlementResult settle(TenantId tenant, AppointmentId appointment, CancellationOutcome outcome);

    /** What settling did. */
    enum SettlementResult {
        /** Card money was refunded. */
        REFUNDED,
        /** The clinic keeps the deposit. */
        FORFEITED,
        /** Nothing was held (no card deposit, or already settled) or the deposit moves with a reschedule. */
        NOTHING_TO_SETTLE,
        /** The processor refused the refund; it is recorded as failed and staff must act. */
        REFUND_DECLINED
    }
}
