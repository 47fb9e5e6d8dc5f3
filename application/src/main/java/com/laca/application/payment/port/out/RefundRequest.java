package com.laca.application.payment.port.out;

import com.laca.domain.payment.ConnectedAccountId;
import com.laca.domain.payment.PaymentIntentId;
import com.laca.domain.payment.RefundReason;
import com.laca.domain.shared.Money;
import com.laca.domain.shared.TenantId;

import java.util.Objects;

/**
 * A request to send card money back, made on the clinic's own account because that is where the payment was taken.
 *
 * @param tenant         the clinic's tenant, recorded with the refund
 * @param account        the clinic's account at the processor
 * @param intent         the payment being refunded
 * @param amount         a positive amount, at most what is still refundable
 * @param idempotencyKey from {@link IdempotencyKeys#refund} or {@link IdempotencyKeys#automaticRefund}
 * @param reason         why, kept with the refund for the clinic's records
 */
public record RefundRequest(
        TenantId tenant,
        ConnectedAccountId account,
        PaymentIntentId intent,
        Money amount,
        IdempotencyKey idempotencyKey,
        RefundReason reason) {

    public RefundRequest {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(reason, "reason");
        if (amount.minorUnits() <= 0) {
            throw new IllegalArgumentException("a refund must be positive: " + amount);
        }
    }
}
