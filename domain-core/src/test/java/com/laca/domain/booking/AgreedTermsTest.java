package com.laca.domain.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.domain.clinic.BookingWindow;
import com.laca.domain.clinic.Qualification;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.payment.DepositPolicy;
import com.laca.domain.shared.Money;
import com.laca.domain.shared.TreatmentId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The terms a booking is made on")
class AgreedTermsTest {

    private static final Instant START = Instant.parse("2026-10-25T10:00:00Z");
    /** Free to cancel up to 48 hours before the start. */
    private static final CancellationPolicy TWO_DAYS = new CancellationPolicy(Duration.ofHours(48));

    @Test
    @DisplayName("are the treatment's price and deposit and the clinic's window on the day of booking")
    void offered() {
        Treatment peel = new Treatment(TreatmentId.random(), "Peel", TreatmentCategory.CHEMICAL_PEEL, null,
                Duration.ofMinutes(40), Duration.ZERO, Duration.ZERO, Money.of(8_500, "GBP"),
                Qualification.AESTHETICIAN, Set.of(), BookingWindow.DEFAULT, DepositPolicy.percentage(2_000), true, 0);

        AgreedTerms terms = AgreedTerms.offered(peel,
                new BookingPolicy(Duration.ofHours(24), Duration.ofMinutes(15)));

        assertThat(terms).isEqualTo(new AgreedTerms(Money.of(8_500, "GBP"), Money.of(1_700, "GBP"),
                new CancellationPolicy(Duration.ofHours(24))));
    }

    @Test
    @DisplayName("tell the client a deadline the agreed notice before whatever start the booking has")
    void deadlineFollowsTheStart() {
        AgreedTerms terms = new AgreedTerms(Money.of(20_000, "GBP"), Money.zero("GBP"), TWO_DAYS);

        ClientTerms told = terms.forClient(START, ZoneId.of("Europe/London"));

        assertThat(told.price()).isEqualTo(Money.of(20_000, "GBP"));
        assertThat(told.freeCancellationUntil()).isEqualTo(START.minus(Duration.ofHours(48)));
        assertThat(told.afterDeadline()).isEqualTo(ClientTerms.AfterDeadline.NOTHING_TO_KEEP);
    }

    @Test
    @DisplayName("refuse a negative amount or a deposit in another currency")
    void invariants() {
        assertThatThrownBy(() -> new AgreedTerms(Money.of(-1, "GBP"), Money.zero("GBP"),
                TWO_DAYS)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AgreedTerms(Money.of(100, "GBP"), Money.of(10, "EUR"),
                TWO_DAYS)).isInstanceOf(IllegalArgumentException.class);
    }
}
