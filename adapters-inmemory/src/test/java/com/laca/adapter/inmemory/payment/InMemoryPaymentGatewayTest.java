package com.laca.adapter.inmemory.payment;

import com.laca.application.payment.port.out.DepositCollection;
import com.laca.application.payment.port.out.DepositIntentRequest;
import com.laca.application.payment.port.out.PaymentGateway;
import com.laca.application.payment.port.out.PaymentGatewayContract;
import com.laca.application.shared.PaymentGatewayUnavailableException;
import com.laca.domain.payment.ConnectedAccountId;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.Money;
import com.laca.domain.shared.TenantId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("In-memory payment gateway")
class InMemoryPaymentGatewayTest extends PaymentGatewayContract {

    private final InMemoryPaymentGateway gateway = new InMemoryPaymentGateway();

    @Override
    protected PaymentGateway gateway() {
        return gateway;
    }

    @Test
    @DisplayName("fails the next call as scripted, then works again with the same key")
    void scriptedFailure() {
        DepositIntentRequest request = DepositIntentRequest.of(
                TenantId.random(), AppointmentId.random(), ConnectedAccountId.of("acct_1"), Money.of(5_000, "GBP"));
        gateway.failNextCallWith(new PaymentGatewayUnavailableException("down"));

        assertThatThrownBy(() -> gateway.createDepositIntent(request))
                .isInstanceOf(PaymentGatewayUnavailableException.class);
        assertThat(gateway.createDepositIntent(request)).isInstanceOf(DepositCollection.CardIntent.class);
        assertThat(gateway.calls()).hasSize(2);
    }
}
