package com.laca.application.payment.port.in;

import com.laca.domain.payment.PaymentReference;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.Money;

import java.util.Objects;

/**
 * Money taken at the clinic's desk, with the receipt number as its reference so recording the same receipt twice
 * counts it once.
 */
public record DeskPaymentCommand(AppointmentId appointment, Money amount, PaymentReference receipt) {

    public DeskPaymentCommand {
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(receipt, "receipt");
        if (amount.minorUnits() <= 0) {
            throw new IllegalArgumentException("a desk payment must be positive");
        }
    }
}
