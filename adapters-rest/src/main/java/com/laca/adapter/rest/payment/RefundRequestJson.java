package com.laca.adapter.rest.payment;

import com.laca.adapter.rest.common.Fields;
import com.laca.application.payment.port.in.RefundCommand;
import com.laca.domain.payment.RefundReason;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.Money;

import java.util.Optional;

/**
 * A refund as staff ask for it; the idempotency key comes from the {@code Idempotency-Key} header, not the body.
 *
 * @param amountMinor absent for everything still refundable
 * @param currency    required with an amount
 * @param reason      one of {@link RefundReason}
 */
public record RefundRequestJson(Long amountMinor, String currency, String reason) {

    RefundCommand toCommand(AppointmentId appointment, String idempotencyKey) {
        Optional<Money> amount = amountMinor == null ? Optional.empty()
                : Optional.of(Money.of(amountMinor, Fields.required(currency, "currency")));
        return new RefundCommand(appointment, amount, Fields.enumValue(RefundReason.class,
                Fields.required(reason, "reason"), "reason"), idempotencyKey);
    }
}
