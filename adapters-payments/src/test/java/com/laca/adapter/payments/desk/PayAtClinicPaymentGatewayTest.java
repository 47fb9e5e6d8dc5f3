package com.laca.adapter.payments.desk;

import com.laca.application.payment.port.out.DepositCollection;
import com.laca.application.payment.port.out.DepositIntentRequest;
import com.laca.application.payment.port.out.GatewayMode;
import com.laca.application.payment.port.out.IdempotencyKeys;
import com.laca.application.payment.port.out.RefundRequest;
import com.laca.domain.payment.ConnectedAccountId;
import com.laca.domain.payment.PaymentIntentId;
import com.laca.domain.payment.RefundReason;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.Money;
import com.laca.domain.shared.TenantId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Pay-at-clinic gateway")
class PayAtClinicPaymentGatewayTest {

    private final PayAtClinicPaymentGateway gateway = new PayAtClinicPaymentGateway();
    private final TenantId tenant = TenantId.random();

    @Test
    @DisplayName("says that no cards are taken")
    void noCards() {
        assertThat(gateway.mode()).isEqualTo(new GatewayMode.PayAtClinic());
    }

    @Test
    @DisplayName("makes the deposit due at the desk instead of charging a card")
    void depositDueAtDesk() {
        DepositIntentRequest request = DepositIntentRequest.of(
                tenant, AppointmentId.random(), ConnectedAccountId.of("none"), Money.of(5_000, "GBP"));
        assertThat(gateway.createDepositIntent(request))
                .isEqualTo(new DepositCollection.DueAtClinic(Money.of(5_000, "GBP")));
    }

    @Test
    @DisplayName("refuses to refund a card, because it never took one")
    void noRefunds() {
        RefundRequest request = new RefundRequest(tenant, ConnectedAccountId.of("none"), PaymentIntentId.of("pi_1"),
                Money.of(1, "GBP"), IdempotencyKeys.refund(tenant, AppointmentId.random(), "k"),
                RefundReason.GOODWILL);
        assertThatThrownBy(() -> gateway.refund(request)).isInstanceOf(IllegalStateException.class);
    }
}
