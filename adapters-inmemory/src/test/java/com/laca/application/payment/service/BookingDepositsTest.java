package com.laca.application.payment.service;

import com.laca.adapter.payments.desk.PayAtClinicPaymentGateway;
import com.laca.application.payment.port.in.DepositInstructions;
import com.laca.application.payment.port.out.DepositIntentRequest;
import com.laca.application.payment.port.out.IdempotencyKeys;
import com.laca.application.payment.service.PaymentFixture.MovableClock;
import com.laca.application.shared.PaymentGatewayUnavailableException;
import com.laca.domain.payment.LedgerEntryKind;
import com.laca.domain.shared.Money;
import com.laca.domain.shared.TenantId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayName("Preparing the deposit of a new booking")
class BookingDepositsTest {

    private final PaymentFixture fixture = new PaymentFixture();
    private final Instant holdExpiry = PaymentFixture.NOW.plus(Duration.ofMinutes(15));

    private BookingDeposits.Plan plan(BookingDeposits deposits, TenantId tenant, Money deposit) {
        return fixture.ports.tx().inTenant(tenant, () -> deposits.plan(tenant, deposit, PaymentFixture.PRICE));
    }

    private BookingDeposits.Plan.ByCard byCard() {
        return (BookingDeposits.Plan.ByCard) plan(fixture.deposits, fixture.tenant, PaymentFixture.DEPOSIT);
    }

    @Test
    @DisplayName("by card: one intent on the clinic's account under the deterministic key, recorded as requested")
    void cardIntent() {
        BookingDeposits.Plan.ByCard plan = byCard();
        DepositInstructions first = fixture.deposits.collectByCard(fixture.tenant, fixture.appointment, plan,
                holdExpiry);
        DepositInstructions again = fixture.deposits.collectByCard(fixture.tenant, fixture.appointment, plan,
                holdExpiry);

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
    @DisplayName("processor down: the caller is told and nothing is recorded, so the booking can release its hold")
    void unavailableRecordsNothing() {
        BookingDeposits.Plan.ByCard plan = byCard();
        fixture.gateway.failNextCallWith(new PaymentGatewayUnavailableException("down"));

        assertThatThrownBy(() -> fixture.deposits.collectByCard(fixture.tenant, fixture.appointment, plan,
                holdExpiry)).isInstanceOf(PaymentGatewayUnavailableException.class);
        assertThat(fixture.ports.tx().inTenant(fixture.tenant,
                () -> fixture.ports.ledgers().find(fixture.appointment))).isEmpty();
        assertThat(fixture.ports.tx().inTenant(fixture.tenant,
                () -> fixture.ports.intents().findByAppointment(fixture.appointment))).isEmpty();
    }

    @Test
    @DisplayName("pay at clinic: the deposit is recorded as due at the desk and no processor is called")
    void payAtClinic() {
        MovableClock clock = new MovableClock(PaymentFixture.NOW);
        var deposits = new BookingDeposits(fixture.ports.tx(), new PayAtClinicPaymentGateway(),
                fixture.ports.accounts(), fixture.ports.intents(), fixture.ports.ledgers(), clock);

        BookingDeposits.Plan plan = plan(deposits, fixture.tenant, PaymentFixture.DEPOSIT);
        DepositInstructions answer = fixture.ports.tx().inTenant(fixture.tenant,
                () -> deposits.recordDueAtDesk(fixture.appointment, (BookingDeposits.Plan.AtDesk) plan));

        assertThat(answer).isEqualTo(new DepositInstructions.PayAtDesk(PaymentFixture.DEPOSIT));
        assertThat(fixture.ledger().entries()).singleElement()
                .satisfies(entry -> assertThat(entry.kind()).isEqualTo(LedgerEntryKind.DEPOSIT_DUE_AT_DESK));
    }

    @Test
    @DisplayName("cards are taken, but the clinic has linked no processor account yet: the deposit is due at the desk")
    void notOnboarded() {
        TenantId newClinic = TenantId.random();

        assertThat(plan(fixture.deposits, newClinic, PaymentFixture.DEPOSIT))
                .isEqualTo(new BookingDeposits.Plan.AtDesk(PaymentFixture.DEPOSIT, PaymentFixture.PRICE));
        assertThat(fixture.gateway.calls()).isEmpty();
    }

    @Test
    @DisplayName("a treatment without a deposit asks nothing, and the slot is not held")
    void noDeposit() {
        BookingDeposits.Plan plan = plan(fixture.deposits, fixture.tenant, Money.of(0, "GBP"));

        assertThat(plan).isEqualTo(new BookingDeposits.Plan.None());
        assertThat(plan.holdsSlot()).isFalse();
        assertThat(byCard().holdsSlot()).isTrue();
    }
}
