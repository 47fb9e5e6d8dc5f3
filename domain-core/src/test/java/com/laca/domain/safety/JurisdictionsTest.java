package com.laca.domain.safety;

import static com.laca.domain.clinic.TreatmentCategory.ANTI_WRINKLE;
import static com.laca.domain.clinic.TreatmentCategory.DERMAL_FILLER;
import static com.laca.domain.safety.SafetyFixtures.LONDON;
import static com.laca.domain.safety.SafetyFixtures.london;
import static com.laca.domain.safety.SafetyFixtures.policy;
import static com.laca.domain.safety.SafetyFixtures.reasons;
import static org.assertj.core.api.Assertions.assertThat;

import com.laca.domain.clinic.JurisdictionCode;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Each location is gated by its own jurisdiction; where only England's law is modelled, the others say so")
class JurisdictionsTest {

    private static final Instant BOOKED_AT = london(2026, 5, 1, 10, 0);
    private static final Set<JurisdictionCode> NOT_MODELLED = EnumSet.of(JurisdictionCode.WALES,
            JurisdictionCode.SCOTLAND, JurisdictionCode.NORTHERN_IRELAND);
    private final TreatmentSafetyPolicy policy = policy();

    private static LocationSafetyFacts in(JurisdictionCode where) {
        return new LocationSafetyFacts(LocationId.random(), LONDON, Jurisdiction.of(where), List.of());
    }

    private static SafetyCase booking(SafetyFixtures.ClientBuilder client, TreatmentCategory category,
                                      JurisdictionCode where, Instant start) {
        return new SafetyCase(SafetyStage.BOOKING, client.facts(), category, SafetyFixtures.COURSE, Optional.empty(),
                in(where), start, BOOKED_AT);
    }

    private static SafetyFixtures.ClientBuilder minorWithDirection() {
        SafetyFixtures.ClientBuilder minor = new SafetyFixtures.ClientBuilder().bornOn(LocalDate.of(2010, 1, 1));
        minor.directions.add(new DoctorsDirection(minor.id, ANTI_WRINKLE, "Dr Amelia Hart",
                new PrescriberRegistration(RegisterBody.GMC, "1234567"), "Hyperhidrosis unresponsive to topical "
                + "treatment", UserId.random(), BOOKED_AT.minusSeconds(3600)));
        return minor;
    }

    @Test
    @DisplayName("England applies its own law (the 2021 Act), with no fallback")
    void englandIsItsOwn() {
        Jurisdiction england = Jurisdiction.of(JurisdictionCode.ENGLAND);
        assertThat(england).isEqualTo(Jurisdiction.england());
        assertThat(england.fallback()).isEmpty();
        assertThat(england.allowsDoctorsDirection(ANTI_WRINKLE)).isTrue();
    }

    @Test
    @DisplayName("Wales, Scotland and Northern Ireland are not modelled: each says so and takes England's age limit, "
            + "registers and ID check, without England's doctor's-direction exception")
    void othersFallBackVisibly() {
        Jurisdiction england = Jurisdiction.england();
        for (JurisdictionCode where : NOT_MODELLED) {
            Jurisdiction law = Jurisdiction.of(where);
            assertThat(law.code()).isEqualTo(where.code());
            assertThat(law.name()).isEqualTo(where.displayName());
            assertThat(law.fallback()).hasValueSatisfying(why -> assertThat(why)
                    .contains("only England's law").contains(where.displayName()).contains("stricter"));
            assertThat(law.minimumAges()).isEqualTo(england.minimumAges());
            assertThat(law.minimumAge(ANTI_WRINKLE)).isEqualTo(18);
            assertThat(law.minimumAge(DERMAL_FILLER)).isEqualTo(18);
            assertThat(law.doctorsDirection()).isEmpty();
            assertThat(law.prescriberRegisters()).isEqualTo(england.prescriberRegisters());
            assertThat(law.idCheckRequired()).isTrue();
        }
    }

    @Test
    @DisplayName("A 17-year-old with a doctor's direction may have toxin in England, not in Scotland; the refusal "
            + "names Scotland and says England's rule is applied as the stricter")
    void directionOnlyWhereTheLawAllowsIt() {
        Instant start = london(2026, 6, 1, 10, 0);
        assertThat(reasons(policy.check(booking(minorWithDirection(), ANTI_WRINKLE, JurisdictionCode.ENGLAND,
                start)))).doesNotContain(SafetyReason.UNDER_MINIMUM_AGE);
        for (JurisdictionCode where : NOT_MODELLED) {
            SafetyVerdict verdict = policy.check(booking(minorWithDirection(), ANTI_WRINKLE, where, start));
            assertThat(reasons(verdict)).startsWith(SafetyReason.UNDER_MINIMUM_AGE);
            assertThat(((SafetyVerdict.Refused) verdict).primary().explanation())
                    .contains("In " + where.displayName()).contains("under 18").contains("only England's law");
        }
    }

    @Test
    @DisplayName("In Scotland filler is refused the day before the 18th birthday and allowed on the birthday")
    void scottishBirthdayEdge() {
        SafetyFixtures.ClientBuilder client = new SafetyFixtures.ClientBuilder().bornOn(LocalDate.of(2008, 6, 15));
        assertThat(reasons(policy.check(booking(client, DERMAL_FILLER, JurisdictionCode.SCOTLAND,
                london(2026, 6, 14, 17, 0))))).contains(SafetyReason.UNDER_MINIMUM_AGE);
        assertThat(reasons(policy.check(booking(client, DERMAL_FILLER, JurisdictionCode.SCOTLAND,
                london(2026, 6, 15, 9, 0))))).doesNotContain(SafetyReason.UNDER_MINIMUM_AGE);
    }

    @Test
    @DisplayName("At check-in the consent form in effect is the location's jurisdiction's: with only England's forms, "
            + "a Scottish location has none to sign")
    void consentFormOfTheLocation() {
        Instant start = london(2026, 6, 1, 10, 0);
        SafetyFixtures.ClientBuilder adult = new SafetyFixtures.ClientBuilder();
        SafetyCase england = new SafetyCase(SafetyStage.CHECK_IN, adult.facts(), DERMAL_FILLER,
                SafetyFixtures.COURSE, Optional.empty(), in(JurisdictionCode.ENGLAND), start, start.minusSeconds(600));
        SafetyCase scotland = new SafetyCase(SafetyStage.CHECK_IN, adult.facts(), DERMAL_FILLER,
                SafetyFixtures.COURSE, Optional.empty(), in(JurisdictionCode.SCOTLAND), start,
                start.minusSeconds(600));
        assertThat(reasons(policy.check(england))).contains(SafetyReason.CONSENT_NOT_SIGNED)
                .doesNotContain(SafetyReason.CONSENT_TEMPLATE_MISSING);
        assertThat(reasons(policy.check(scotland))).contains(SafetyReason.CONSENT_TEMPLATE_MISSING)
                .doesNotContain(SafetyReason.CONSENT_NOT_SIGNED);
    }

    @Test
    @DisplayName("Jurisdictions are read by their ISO 3166-2 code, in any case; anything else is none of them")
    void codes() {
        for (JurisdictionCode where : JurisdictionCode.values()) {
            assertThat(JurisdictionCode.ofCode(where.code())).contains(where);
            assertThat(JurisdictionCode.ofCode(where.code().toLowerCase())).contains(where);
        }
        assertThat(JurisdictionCode.ofCode("GB-XYZ")).isEmpty();
        assertThat(JurisdictionCode.ofCode("SCOTLAND")).isEmpty();
        assertThat(JurisdictionCode.ofCode(null)).isEmpty();
    }
}
