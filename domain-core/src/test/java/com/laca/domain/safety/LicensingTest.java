package com.laca.domain.safety;

import static com.laca.domain.clinic.TreatmentCategory.CHEMICAL_PEEL;
import static com.laca.domain.clinic.TreatmentCategory.SKIN;
import static com.laca.domain.safety.SafetyFixtures.LONDON;
import static com.laca.domain.safety.SafetyFixtures.london;
import static com.laca.domain.safety.SafetyFixtures.reasons;
import static org.assertj.core.api.Assertions.assertThat;

import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Licensing (Health and Care Act 2022): enforced per tenant, practitioner and premises alike")
class LicensingTest {

    private static final Instant START = london(2026, 9, 30, 10, 0);
    private static final Licence PEEL_LICENCE = new Licence("LBX-00123", new LicenceTier("AMBER"),
            LocalDate.of(2026, 9, 30), LocalDate.of(2026, 12, 31), Set.of(CHEMICAL_PEEL));

    private static SafetyVerdict check(boolean enforced, TreatmentCategory category, List<Licence> practitioner,
                                       List<Licence> premises, Instant start) {
        SafetySettings settings = SafetySettings.defaults().withLicensingEnforced(enforced);
        SafetyCase c = new SafetyCase(SafetyStage.BOOKING, new SafetyFixtures.ClientBuilder().facts(), category,
                SafetyFixtures.COURSE, Optional.of(new PractitionerSafetyFacts(PractitionerId.random(), practitioner)),
                new LocationSafetyFacts(LocationId.random(), LONDON, SafetyFixtures.england(), premises), start,
                start.minusSeconds(86_400 * 7));
        return SafetyFixtures.policy(settings).check(c);
    }

    @Test
    @DisplayName("While enforcement is off, an unlicensed practitioner can be booked")
    void off() {
        assertThat(reasons(check(false, CHEMICAL_PEEL, List.of(), List.of(), START))).isEmpty();
    }

    @Test
    @DisplayName("With enforcement on, a practitioner and premises licensed on the last day of the licence are bookable")
    void lastDay() {
        assertThat(reasons(check(true, CHEMICAL_PEEL, List.of(PEEL_LICENCE), List.of(PEEL_LICENCE), START))).isEmpty();
    }

    @Test
    @DisplayName("The day after expiry, or with expired insurance, or for another category, they are refused")
    void refused() {
        assertThat(reasons(check(true, CHEMICAL_PEEL, List.of(PEEL_LICENCE), List.of(PEEL_LICENCE),
                START.plusSeconds(86_400)))).containsExactly(SafetyReason.PRACTITIONER_NOT_LICENSED,
                SafetyReason.PREMISES_NOT_LICENSED);
        Licence uninsured = new Licence("LBX-00124", new LicenceTier("AMBER"), LocalDate.of(2027, 1, 1),
                LocalDate.of(2026, 9, 29), Set.of(CHEMICAL_PEEL));
        assertThat(reasons(check(true, CHEMICAL_PEEL, List.of(uninsured), List.of(PEEL_LICENCE), START)))
                .containsExactly(SafetyReason.PRACTITIONER_NOT_LICENSED);
        assertThat(reasons(check(true, TreatmentCategory.LASER, List.of(PEEL_LICENCE), List.of(PEEL_LICENCE), START)))
                .contains(SafetyReason.PRACTITIONER_NOT_LICENSED, SafetyReason.PREMISES_NOT_LICENSED);
    }

    @Test
    @DisplayName("A non-licensable service (a facial) needs no licence even when enforcement is on")
    void notLicensable() {
        assertThat(reasons(check(true, SKIN, List.of(), List.of(), START))).isEmpty();
    }
}
