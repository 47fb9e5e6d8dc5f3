package com.laca.application.payment.port.out;

import com.laca.application.shared.PaymentDeclinedException;
import com.laca.application.shared.PaymentGatewayUnavailableException;

/**
 * The card payment processor as the use cases see it, so that deposits and refunds can be taken through Stripe
 * in production, collected at the desk by clinics without card payments, and faked in tests, all behind one port.
 *
 * <p>Calls are slow and may fail half-way; callers never hold a database transaction open across them, and
 * always pass a deterministic {@link IdempotencyKey} so that repeating a call after a failure is safe.
 */
public interface PaymentGateway {

    /** Whether cards can be taken at all, and what a browser needs to collect one. */
    GatewayMode mode();

    /**
     * Asks the processor to prepare collecting a deposit; repeating the call with the same idempotency key returns
     * the same intent and never charges twice.
     *
     * @throws PaymentDeclinedException          the request is refused for good; repeating it will not help
     * @throws PaymentGatewayUnavailableException the processor could not be reached or was overloaded, even after
     *                                            retries; repeat later with the same key
     */
    DepositCollection createDepositIntent(DepositIntentRequest request);

    /**
     * Sends card money back to the client; repeating the call with the same idempotency key refunds only once.
     *
     * @throws PaymentDeclinedException          the refund is refused for good (e.g. more than was paid)
     * @throws PaymentGatewayUnavailableException repeat later with the same key
     */
    RefundReceipt refund(RefundRequest request);
}
