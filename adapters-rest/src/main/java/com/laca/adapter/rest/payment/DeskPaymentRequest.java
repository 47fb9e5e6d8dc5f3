package com.laca.adapter.rest.payment;

import com.laca.adapter.rest.common.Fields;
import com.laca.application.payment.port.in.DeskPaymentCommand;
import com.laca.domain.payment.PaymentReference;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.Money;

/**
 * Money taken at the desk; the receipt number makes recording it twice harmless.
 *
 * @param receipt the desk's receipt or till reference
 */
public record DeskPaymentRequest(Long amountMinor, String currency, String receipt) {

    DeskPaymentCommand toCommand(AppointmentId appointment) {
        return new DeskPaymentCommand(appointment, Money.of(Fields.required(amountMinor, "amountMinor"),
                Fields.required(currency, "currency")), PaymentReference.of(Fields.required(receipt, "receipt")));
    }
}
