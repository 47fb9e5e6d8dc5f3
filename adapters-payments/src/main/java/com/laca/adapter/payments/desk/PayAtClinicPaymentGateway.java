package com.laca.adapter.payments.desk;

import com.laca.application.payment.port.out.DepositCollection;
import com.laca.application.payment.port.out.DepositIntentRequest;
import com.laca.application.payment.port.out.GatewayMode;
import com.laca.application.payment.port.out.PaymentGateway;
import com.laca.application.payment.port.out.RefundReceipt;
import com.laca.application.payment.port.out.RefundRequest;

import java.util.Objects;

/**
 * The gateway of a clinic that takes no card payments: the appointment is confirmed with its deposit due at the
 * desk; a real way of working for small clinics, and the embedded default when no processor is configured.
 */
public final class PayAtClinicPaymentGateway implements PaymentGateway {

    @Override
    public GatewayMode mode() {
        return new GatewayMode.PayAtClinic();
    }

    /** Never contacts anyone: the deposit is simply due at the desk. */
    @Override
    public DepositCollection createDepositIntent(DepositIntentRequest request) {
        return new DepositCollection.DueAtClinic(Objects.requireNonNull(request, "request").amount());
    }

    /**
     * Always refuses, because without card payments no card money is ever held; a caller that gets here has
     * ignored {@link #mode()} or a ledger with no card capture.
     *
     * @throws IllegalStateException always
     */
    @Override
    public RefundReceipt refund(RefundRequest request) {
        throw new IllegalStateException("no card payments are taken in pay-at-clinic mode, so none can be refunded");
    }
}
