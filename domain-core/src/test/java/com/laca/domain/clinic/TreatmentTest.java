package com.laca.domain.clinic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.domain.payment.DepositPolicy;
import com.laca.domain.shared.Money;
import com.laca.domain.shared.TreatmentId;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Treatments on the menu")
class TreatmentTest {

    private static Treatment treatment(Duration duration, Money price) {
        return new Treatment(TreatmentId.random(), "  Anti-wrinkle, 3 areas ", TreatmentCategory.ANTI_WRINKLE, null,
                duration, Duration.ofMinutes(5), Duration.ofMinutes(10), price, Qualification.PRESCRIBER,
                Set.of(new ResourceType("TREATMENT_ROOM")), BookingWindow.DEFAULT, true, 0);
    }

    @Test
    @DisplayName("A valid treatment keeps its name trimmed and its requirements")
    void valid() {
        Treatment t = treatment(Duration.ofMinutes(30), Money.of(25000, "GBP"));
        assertThat(t.name()).isEqualTo("Anti-wrinkle, 3 areas");
        assertThat(t.qualification()).contains(Qualification.PRESCRIBER);
    }

    @Test
    @DisplayName("A treatment must last whole minutes between 5 and 480")
    void durationBounds() {
        assertThatThrownBy(() -> treatment(Duration.ofMinutes(4), Money.of(1, "GBP")))
                .hasMessageContaining("durationMinutes");
        assertThatThrownBy(() -> treatment(Duration.ofSeconds(1830), Money.of(1, "GBP")))
                .hasMessageContaining("durationMinutes");
    }

    @Test
    @DisplayName("A treatment cannot have a negative price")
    void noNegativePrice() {
        assertThatThrownBy(() -> treatment(Duration.ofMinutes(30), Money.of(-1, "GBP")))
                .hasMessageContaining("price");
    }

    @Test
    @DisplayName("The booking window needs a slot step of 5 minutes to 4 hours")
    void slotStepBounds() {
        assertThatThrownBy(() -> new BookingWindow(Duration.ofMinutes(1), Duration.ZERO, Duration.ofDays(1)))
                .hasMessageContaining("slotStepMinutes");
    }

    @Test
    @DisplayName("A treatment asks for no deposit unless one is set, and never more than its price")
    void deposit() {
        Treatment plain = treatment(Duration.ofMinutes(30), Money.of(25000, "GBP"));
        assertThat(plain.depositPolicy()).isEqualTo(DepositPolicy.none());
        assertThat(plain.deposit()).isEqualTo(Money.zero("GBP"));

        Treatment withDeposit = withDeposit(DepositPolicy.fixed(Money.of(30000, "GBP")));
        assertThat(withDeposit.deposit()).isEqualTo(Money.of(25000, "GBP"));
    }

    @Test
    @DisplayName("A deposit must be in the same currency as the price")
    void depositCurrency() {
        assertThatThrownBy(() -> withDeposit(DepositPolicy.fixed(Money.of(5000, "EUR"))))
                .hasMessageContaining("depositPolicy");
    }

    private static Treatment withDeposit(DepositPolicy policy) {
        Treatment t = treatment(Duration.ofMinutes(30), Money.of(25000, "GBP"));
        return new Treatment(t.id(), t.name(), t.category(), t.description(), t.duration(), t.bufferBefore(),
                t.bufferAfter(), t.price(), t.requiredQualification(), t.requiredResourceTypes(), t.bookingWindow(),
                policy, t.active(), t.version());
    }
}
