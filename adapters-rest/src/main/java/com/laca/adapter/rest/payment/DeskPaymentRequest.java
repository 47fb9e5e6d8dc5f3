package com.laca.adapter.rest.payment;

import com.laca.adapter.rest.common.Fields;
import com.laca.application.payment.port.in.DeskPaymentCommand;
import com.laca.domain.payment.PaymentReference;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.Money;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Money taken at the desk; the receipt number makes recording it twice harmless.
 *
 * @param receipt the desk's receipt or till reference
 */
public record DeskPaymentRequest(
        @NotNull(message = Fields.REQUIRED) Long amountMinor,
        @NotBlank(message = Fields.REQUIRED) String currency,
        @NotBlank(message = Fields.REQUIRED) String receipt) {

    DeskPaymentCommand toCommand(AppointmentId appointment) {
        return new DeskPaymentCommand(appointment, Money.of(amountMinor,
                currency), PaymentReference.of(receipt));
    }
}
