package com.laca.domain.safety;

import static com.laca.domain.clinic.TreatmentCategory.ANTI_WRINKLE;
import static com.laca.domain.clinic.TreatmentCategory.CHEMICAL_PEEL;
import static com.laca.domain.clinic.TreatmentCategory.DERMAL_FILLER;
import static com.laca.domain.safety.SafetyFixtures.booking;
import static com.laca.domain.safety.SafetyFixtures.checkIn;
import static com.laca.domain.safety.SafetyFixtures.clearAnswers;
import static com.laca.domain.safety.SafetyFixtures.london;
import static com.laca.domain.safety.SafetyFixtures.policy;
import static com.laca.domain.safety.SafetyFixtures.reasons;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Under-18s: toxin and filler are refused in England (Botulinum Toxin and Cosmetic Fillers (Children) Act 2021)")
class AgeGateTest {

    private static final Instant BOOKED_AT = london(2026, 5, 1, 10, 0);
    private final TreatmentSafetyPolicy policy = policy();

    private static SafetyFixtures.ClientBuilder bornOn(LocalDate date) {
        return new SafetyFixtures.ClientBuilder().bornOn(date);
    }

    @Test
    @DisplayName("Toxin on the day before the 18th birthday is refused, with the birthday as the first possible date")
    void dayBeforeBirthday() {
        SafetyVerdict verdict = policy.check(booking(bornOn(LocalDate.of(2008, 6, 15)), ANTI_WRINKLE,
                london(2026, 6, 14, 17, 0), BOOKED_AT));
        assertThat(reasons(verdict)).startsWith(SafetyReason.UNDER_MINIMUM_AGE);
        SafetyRefusal refusal = ((SafetyVerdict.Refused) verdict).primary();
        assertThat(refusal.allowedFrom()).contains(LocalDate.of(2026, 6, 15));
        assertThat(refusal.explanation()).contains("under 18").contains("England");
    }

    @Test
    @DisplayName("Toxin on the 18th birthday itself is allowed")
    void onBirthday() {
        SafetyVerdict verdict = policy.check(booking(bornOn(LocalDate.of(2008, 6, 15)), ANTI_WRINKLE,
                london(2026, 6, 15, 9, 0), BOOKED_AT));
        assertThat(reasons(verdict)).doesNotContain(SafetyReason.UNDER_MINIMUM_AGE);
    }

    @Test
    @DisplayName("The birthday is counted in the location's zone: 00:30 in London on the birthday is 23:30 UTC the day before")
    void birthdayInLocationZone() {
        Instant justAfterLocalMidnight = london(2026, 6, 15, 0, 30);
        assertThat(justAfterLocalMidnight.atOffset(ZoneOffset.UTC).toLocalDate()).isEqualTo(LocalDate.of(2026, 6, 14));
        SafetyVerdict verdict = policy.check(booking(bornOn(LocalDate.of(2008, 6, 15)), DERMAL_FILLER,
                justAfterLocalMidnight, BOOKED_AT));
        assertThat(reasons(verdict)).doesNotContain(SafetyReason.UNDER_MINIMUM_AGE);
        SafetyVerdict before = policy.check(booking(bornOn(LocalDate.of(2008, 6, 15)), DERMAL_FILLER,
                london(2026, 6, 14, 23, 30), BOOKED_AT));
        assertThat(reasons(before)).contains(SafetyReason.UNDER_MINIMUM_AGE);
    }

    @Test
    @DisplayName("Someone born on 29 February turns 18 on 1 March in a common year")
    void leapDayBirthday() {
        SafetyFixtures.ClientBuilder leapling = bornOn(LocalDate.of(2008, 2, 29));
        assertThat(reasons(policy.check(booking(leapling, ANTI_WRINKLE, london(2026, 2, 28, 12, 0), BOOKED_AT))))
                .contains(SafetyReason.UNDER_MINIMUM_AGE);
        assertThat(reasons(policy.check(booking(leapling, ANTI_WRINKLE, london(2026, 3, 1, 12, 0), BOOKED_AT))))
                .doesNotContain(SafetyReason.UNDER_MINIMUM_AGE);
    }

    @Test
    @DisplayName("Filler has no doctor's-direction exception; toxin does, with a recorded reason")
    void doctorsDirection() {
        SafetyFixtures.ClientBuilder minor = bornOn(LocalDate.of(2010, 1, 1));
        for (TreatmentCategory category : Set.of(ANTI_WRINKLE, DERMAL_FILLER)) {
            minor.directions.add(new DoctorsDirection(minor.id, category, "Dr Amelia Hart",
                    new PrescriberRegistration(RegisterBody.GMC, "1234567"), "Hyperhidrosis unresponsive to topical "
                    + "treatment", UserId.random(), BOOKED_AT.minusSeconds(3600)));
        }
        Instant start = london(2026, 6, 1, 10, 0);
        assertThat(reasons(policy.check(booking(minor, ANTI_WRINKLE, start, BOOKED_AT))))
                .doesNotContain(SafetyReason.UNDER_MINIMUM_AGE);
        assertThat(reasons(policy.check(booking(minor, DERMAL_FILLER, start, BOOKED_AT))))
                .contains(SafetyReason.UNDER_MINIMUM_AGE);
    }

    @Test
    @DisplayName("A doctor's direction must come from the medical register and give a reason")
    void directionNeedsDoctor() {
        assertThatThrownBy(() -> new DoctorsDirection(com.laca.domain.shared.ClientId.random(), ANTI_WRINKLE,
                "Nurse", new PrescriberRegistration(RegisterBody.NMC, "12A3456E"), "reason", UserId.random(),
                BOOKED_AT)).hasMessageContaining("GMC");
        assertThatThrownBy(() -> new DoctorsDirection(com.laca.domain.shared.ClientId.random(), ANTI_WRINKLE,
                "Dr X", new PrescriberRegistration(RegisterBody.GMC, "1234567"), " ", UserId.random(),
                BOOKED_AT)).hasMessageContaining("reason");
    }

    @Test
    @DisplayName("Without a date of birth, toxin and filler cannot be booked; a peel can")
    void dateOfBirthMandatory() {
        SafetyFixtures.ClientBuilder unknownAge = new SafetyFixtures.ClientBuilder();
        unknownAge.dateOfBirth = Optional.empty();
        Instant start = london(2026, 6, 1, 10, 0);
        assertThat(reasons(policy.check(booking(unknownAge, DERMAL_FILLER, start, BOOKED_AT))))
                .containsExactly(SafetyReason.DATE_OF_BIRTH_REQUIRED);
        assertThat(reasons(policy.check(booking(unknownAge, CHEMICAL_PEEL, start, BOOKED_AT)))).isEmpty();
    }

    @Test
    @DisplayName("At check-in an age-restricted treatment needs a recorded ID check whose date of birth matches")
    void idCheckAtCheckIn() {
        SafetyFixtures.ClientBuilder adult = bornOn(LocalDate.of(1990, 4, 15));
        Instant start = london(2026, 6, 1, 10, 0);
        adult.screened(clearAnswers(Set.of(DERMAL_FILLER)), Set.of(DERMAL_FILLER), start.minusSeconds(86_400));
        assertThat(reasons(policy.check(checkIn(adult, DERMAL_FILLER, start))))
                .contains(SafetyReason.ID_CHECK_REQUIRED);

        adult.idChecks.add(new IdCheck(IdCheckId.random(), adult.id, UserId.random(), start.minusSeconds(1200),
                IdDocumentType.PASSPORT, LocalDate.of(1990, 5, 15)));
        assertThat(reasons(policy.check(checkIn(adult, DERMAL_FILLER, start))))
                .contains(SafetyReason.DATE_OF_BIRTH_MISMATCH).doesNotContain(SafetyReason.ID_CHECK_REQUIRED);

        adult.idChecks.add(new IdCheck(IdCheckId.random(), adult.id, UserId.random(), start.minusSeconds(900),
                IdDocumentType.PHOTOCARD_DRIVING_LICENCE, LocalDate.of(1990, 4, 15)));
        assertThat(reasons(policy.check(checkIn(adult, DERMAL_FILLER, start))))
                .doesNotContain(SafetyReason.DATE_OF_BIRTH_MISMATCH, SafetyReason.ID_CHECK_REQUIRED);
    }

    @Test
    @DisplayName("A jurisdiction without an age restriction lets a 17-year-old book toxin (configurable, not hard-coded)")
    void otherJurisdiction() {
        Jurisdiction elsewhere = new Jurisdiction("GB-SCT", "Scotland", "S1", java.util.Map.of(), Set.of(),
                Set.of(RegisterBody.GMC, RegisterBody.NMC), false);
        SafetyFixtures.ClientBuilder minor = bornOn(LocalDate.of(2009, 1, 1));
        SafetyCase scottish = new SafetyCase(SafetyStage.BOOKING, minor.facts(), ANTI_WRINKLE, SafetyFixtures.COURSE,
                Optional.empty(), new LocationSafetyFacts(com.laca.domain.shared.LocationId.random(),
                SafetyFixtures.LONDON, elsewhere, java.util.List.of()), london(2026, 6, 1, 10, 0), BOOKED_AT);
        assertThat(reasons(policy.check(scottish))).doesNotContain(SafetyReason.UNDER_MINIMUM_AGE);
    }
}
