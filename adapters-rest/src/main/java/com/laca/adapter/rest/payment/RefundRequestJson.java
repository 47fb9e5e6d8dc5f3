package com.laca.adapter.rest.payment;

import com.laca.adapter.rest.common.Fields;
import com.laca.application.payment.port.in.RefundCommand;
import com.laca.application.shared.InvalidInputException;
import com.laca.domain.payment.RefundReason;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.Money;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;

/**
 * A refund as staff ask for it; the idempotency key comes from the {@code Idempotency-Key} header, not the body.
 *
 * @param amountMinor absent for everything still refundable
 * @param currency    required with an amount
 * @param reason      one of {@link RefundReason}
 */
public record RefundRequestJson(Long amountMinor, String currency, @NotBlank(message = Fields.REQUIRED) String reason) {

    /** The currency, which a partial refund's amount needs. */
    private static String currency(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("currency", Fields.REQUIRED);
        }
        return text;
    }

    RefundCommand toCommand(AppointmentId appointment, String idempotencyKey) {
        Optional<Money> amount = amountMinor == null ? Optional.empty()
                : Optional.of(Money.of(amountMinor, currency(currency)));
        return new RefundCommand(appointment, amount, Fields.enumValue(RefundReason.class,
                reason, "reason"), idempotencyKey);
    }
}
