package com.laca.application.payment.port.in;

import com.laca.application.shared.Caller;
import com.laca.domain.shared.AppointmentId;

/**
 * What clinic staff do with an appointment's money: look at it ({@code PAYMENTS_VIEW}), take it at the desk
 * ({@code PAYMENTS_TAKE}), refund it or waive a forfeit ({@code PAYMENTS_REFUND}: owner, manager, finance).
 * An appointment without a ledger, or of another tenant, is {@link com.laca.application.shared.NotFoundException}.
 */
public interface ManagePaymentsUseCase {

    LedgerView ledger(Caller caller, AppointmentId appointment);

    /**
     * Refunds card money: reserved in the ledger under the request's key before the processor is called, so
     * concurrent requests can never refund more than was captured.
     *
     * @throws com.laca.application.shared.PaymentGatewayUnavailableException the processor could not be reached;
     *         the refund stays reserved and the same request (same key) completes it later
     * @throws com.laca.application.shared.KeyReusedException the key was used before for a refund of another
     *         amount or reason; the same request with the same key answers as the first time
     */
    RefundOutcome refund(Caller caller, RefundCommand command);

    /**
     * Records money taken at the desk, at most the balance due for the treatment.
     *
     * @throws com.laca.application.shared.KeyReusedException if the receipt was recorded for another amount
     */
    DeskPaymentOutcome recordDeskPayment(Caller caller, DeskPaymentCommand command);

    /**
     * Sends again, each under its own idempotency key, the refunds reserved while the processor was unreachable
     * (issued, neither accepted nor refused); safe within the processor's 24-hour idempotency window.
     *
     * @throws com.laca.application.shared.PaymentGatewayUnavailableException still unreachable; nothing changed
     */
    LedgerView sendPendingRefunds(Caller caller, AppointmentId appointment);

    /**
     * Waives the appointment's forfeited deposit, which makes it refundable again; the refund itself is a separate
     * request, so that it carries its own idempotency key.
     *
     * @throws com.laca.application.shared.ConflictException if nothing is forfeited
     */
    LedgerView waiveForfeit(Caller caller, AppointmentId appointment, String reason);
}
