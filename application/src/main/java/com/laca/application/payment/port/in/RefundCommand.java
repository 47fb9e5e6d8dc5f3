package com.laca.application.payment.port.in;

import com.laca.domain.payment.RefundReason;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.Money;

import java.util.Objects;
import java.util.Optional;

/**
 * A staff member's request to send card money back, carrying the browser's idempotency key so a double click or a
 * retry after a time-out refunds once.
 *
 * @param amount    empty for everything still refundable
 * @param clientKey the request's {@code Idempotency-Key}: 1 to 64 letters, digits, {@code -} or {@code _}
 */
public record RefundCommand(AppointmentId appointment, Optional<Money> amount, RefundReason reason, String clientKey) {

    public RefundCommand {
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(clientKey, "clientKey");
        if (amount.isPresent() && amount.get().minorUnits() <= 0) {
            throw new IllegalArgumentException("a refund must be positive");
        }
    }
}
