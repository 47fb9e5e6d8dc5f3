package com.laca.application.payment.port.out;

import com.laca.domain.payment.RefundId;
import com.laca.domain.shared.Money;

import java.util.Objects;

/**
 * What the processor answered to a refund, so the ledger can point at the processor's refund and follow it until
 * it succeeds or fails.
 *
 * @param refund the processor's id of the refund
 * @param status where the refund stands
 * @param amount the amount being refunded
 */
public record RefundReceipt(RefundId refund, RefundStatus status, Money amount) {

    public RefundReceipt {
        Objects.requireNonNull(refund, "refund");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(amount, "amount");
    }
}
