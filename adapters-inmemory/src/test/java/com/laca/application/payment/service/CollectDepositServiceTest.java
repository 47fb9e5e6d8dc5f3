package com.laca.application.payment.service;

import com.laca.adapter.payments.desk.PayAtClinicPaymentGateway;
import com.laca.application.payment.port.in.DepositInstructions;
import com.laca.application.payment.port.in.DepositUnavailableException;
import com.laca.application.payment.port.out.DepositIntentRequest;
import com.laca.application.payment.port.out.IdempotencyKeys;
import com.laca.application.payment.service.PaymentFixture.MovableClock;
import com.laca.application.shared.PaymentGatewayUnavailableException;
import com.laca.domain.booking.AppointmentStatus;
import com.laca.domain.payment.LedgerEntryKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Preparing the deposit of a new booking")
class CollectDepositServiceTest {

    private final PaymentFixture fixture = new PaymentFixture();
    private final Instant holdExpiry = PaymentFixture.NOW.plus(Duration.ofMinutes(15));

    private void hold() {
        fixture.ports.tx().inTenant(fixture.tenant, () -> {
            fixture.appointments.hold(fixture.appointment, holdExpiry,
                    PaymentFixture.NOW.plus(Duration.ofDays(3)), PaymentFixture.PRICE);
            return null;
        });
    }

    @Test
    @DisplayName("by card: one intent on the clinic's account under the deterministic key, recorded as requested")
    void cardIntent() {
        hold();
        DepositInstructions first = fixture.deposits.collect(fixture.tenant, fixture.appointment,
                PaymentFixture.DEPOSIT, PaymentFixture.PRICE, Optional.of(holdExpiry));
        DepositInstructions again = fixture.deposits.collect(fixture.tenant, fixture.appointment,
                PaymentFixture.DEPOSIT, PaymentFixture.PRICE, Optional.of(holdExpiry));

        DepositInstructions.PayByCard card = (DepositInstructions.PayByCard) first;
        assertThat(again).isEqualTo(first);
        assertThat(card.publishableKey()).isEqualTo("pk_test_in_memory");
        assertThat(card.holdExpiresAt()).isEqualTo(holdExpiry);
        DepositIntentRequest request = (DepositIntentRequest) fixture.gateway.calls().get(0);
        assertThat(request.idempotencyKey()).isEqualTo(IdempotencyKeys.depositIntent(fixture.tenant,
                fixture.appointment));
        assertThat(request.account().value()).isEqualTo("acct_clinic");
        assertThat(fixture.ledger().entries()).singleElement()
                .satisfies(entry -> assertThat(entry.kind()).isEqualTo(LedgerEntryKind.DEPOSIT_REQUESTED));
    }

    @Test
    @DisplayName("processor down: the hold is released at once and the caller is told")
    void unavailableReleasesHold() {
        hold();
        fixture.gateway.failNextCallWith(new PaymentGatewayUnavailableException("down"));

        assertThatThrownBy(() -> fixture.deposits.collect(fixture.tenant, fixture.appointment,
                PaymentFixture.DEPOSIT, PaymentFixture.PRICE, Optional.of(holdExpiry)))
                .isInstanceOf(DepositUnavailableException.class);
        assertThat(fixture.appointmentStatus()).isEqualTo(AppointmentStatus.CANCELLED);
    }

    @Test
    @DisplayName("pay at clinic: the deposit is recorded as due at the desk and no processor is called")
    void payAtClinic() {
        MovableClock clock = new MovableClock(PaymentFixture.NOW);
        var service = new CollectDepositService(fixture.ports.tx(), new PayAtClinicPaymentGateway(),
                fixture.ports.accounts(), fixture.ports.intents(), fixture.ports.ledgers(),
                fixture.appointments, clock);

        DepositInstructions answer = service.collect(fixture.tenant, fixture.appointment, PaymentFixture.DEPOSIT,
                PaymentFixture.PRICE, Optional.empty());

        assertThat(answer).isEqualTo(new DepositInstructions.PayAtDesk(PaymentFixture.DEPOSIT));
        assertThat(fixture.ledger().entries()).singleElement()
                .satisfies(entry -> assertThat(entry.kind()).isEqualTo(LedgerEntryKind.DEPOSIT_DUE_AT_DESK));
    }
}
