package com.laca.application.consent.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.domain.clinic.BookingWindow;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.shared.Money;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.TreatmentId;
import com.laca.domain.tenancy.Tenant;
import com.laca.domain.tenancy.TenantSlug;
import com.laca.domain.tenancy.TenantStatus;
import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The pre-visit link in a booking's confirmation")
class PreVisitPageLinksTest {

    private final Tenant clinic = new Tenant(TenantId.random(), new TenantSlug("glow-clinic"), "Glow",
            ZoneId.of("Europe/London"), "GBP", TenantStatus.ACTIVE, 0);
    private final PreVisitPageLinks links = new PreVisitPageLinks(URI.create("https://book.example/"));

    private static Treatment of(TreatmentCategory category) {
        return new Treatment(TreatmentId.random(), "Treatment", category, null, Duration.ofMinutes(30),
                Duration.ZERO, Duration.ZERO, Money.of(10_000, "GBP"), null, Set.of(), BookingWindow.DEFAULT, true,
                0);
    }

    @Test
    @DisplayName("a treatment with a questionnaire or a consent form gets the clinic's pre-visit page, the token in "
            + "the fragment so it never reaches a server log")
    void clinicalTreatment() {
        assertThat(links.forBooking(clinic, of(TreatmentCategory.DERMAL_FILLER), "t1.abc_-XYZ"))
                .contains(URI.create("https://book.example/book/glow-clinic/pre-visit#token=t1.abc_-XYZ"));
        assertThat(links.forBooking(clinic, of(TreatmentCategory.ANTI_WRINKLE), "a+b"))
                .hasValueSatisfying(link -> assertThat(link.getRawFragment()).isEqualTo("token=a%2Bb"));
    }

    @Test
    @DisplayName("a treatment with neither (a skin treatment, a consultation) gets no pre-visit link")
    void nonClinicalTreatment() {
        assertThat(links.forBooking(clinic, of(TreatmentCategory.SKIN), "t1.abc")).isEmpty();
        assertThat(links.forBooking(clinic, of(TreatmentCategory.PRESCRIBER_CONSULTATION), "t1.abc")).isEmpty();
    }
}
