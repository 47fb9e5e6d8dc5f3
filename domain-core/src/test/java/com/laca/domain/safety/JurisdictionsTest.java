package com.laca.domain.safety;

import static com.laca.domain.clinic.TreatmentCategory.ANTI_WRINKLE;
import static com.laca.domain.clinic.TreatmentCategory.DERMAL_FILLER;
import static com.laca.domain.safety.SafetyFixtures.LONDON;
import static com.laca.domain.safety.SafetyFixtures.london;
import static com.laca.domain.safety.SafetyFixtures.policy;
import static com.laca.domain.safety.SafetyFixtures.reasons;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.domain.clinic.JurisdictionCode;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Each location is gated by its own jurisdiction, looked up in one catalogue; where only England's law "
        + "is modelled, the others say so; a configured jurisdiction gates as configured")
class JurisdictionsTest {

    private static final Instant BOOKED_AT = london(2026, 5, 1, 10, 0);
    private static final Set<JurisdictionCode> NOT_MODELLED = EnumSet.of(JurisdictionCode.WALES,
            JurisdictionCode.SCOTLAND, JurisdictionCode.NORTHERN_IRELAND);
    private static final Jurisdictions SHIPPED = SafetyFixtures.jurisdictions();
    private final TreatmentSafetyPolicy policy = policy();

    private static LocationSafetyFacts in(Jurisdictions catalogue, JurisdictionCode where) {
        return new LocationSafetyFacts(LocationId.random(), LONDON, catalogue.of(where), List.of());
    }

    private static SafetyCase booking(SafetyFixtures.ClientBuilder client, TreatmentCategory category,
                                      JurisdictionCode where, Instant start) {
        return booking(client, category, SHIPPED, where, start);
    }

    private static SafetyCase booking(SafetyFixtures.ClientBuilder client, TreatmentCategory category,
                                      Jurisdictions catalogue, JurisdictionCode where, Instant start) {
        return new SafetyCase(SafetyStage.BOOKING, client.facts(), category, SafetyFixtures.COURSE, Optional.empty(),
                in(catalogue, where), start, BOOKED_AT);
    }

    /** A deployment's own Scotland (invented for the test, not the law): 16 for toxin only, GMC prescribers only. */
    private static Jurisdiction configuredScotland() {
        return new Jurisdiction("GB-SCT", "Scotland", "clinic-7", Map.of(ANTI_WRINKLE, 16), Set.of(),
                Set.of(RegisterBody.GMC), false);
    }

    private static Consultation faceToFace(SafetyFixtures.ClientBuilder client, RegisterBody body, String number) {
        return new Consultation(ConsultationId.random(), client.id, ANTI_WRINKLE, new Prescriber(
                PractitionerId.random(), "Prescriber", new PrescriberRegistration(body, number)),
                ConsultationMode.FACE_TO_FACE, BOOKED_AT.minusSeconds(86_400));
    }

    private static SafetyFixtures.ClientBuilder minorWithDirection() {
        SafetyFixtures.ClientBuilder minor = new SafetyFixtures.ClientBuilder().bornOn(LocalDate.of(2010, 1, 1));
        minor.directions.add(new DoctorsDirection(minor.id, ANTI_WRINKLE, "Dr Amelia Hart",
                new PrescriberRegistration(RegisterBody.GMC, "1234567"), "Hyperhidrosis unresponsive to topical "
                + "treatment", UserId.random(), BOOKED_AT.minusSeconds(3600)));
        return minor;
    }

    @Test
    @DisplayName("The catalogue answers each location's law by its code: England's own, with no fallback")
    void lookups() {
        for (JurisdictionCode where : JurisdictionCode.values()) {
            assertThat(SHIPPED.of(where).code()).isEqualTo(where.code());
        }
        assertThat(SHIPPED.all()).extracting(Jurisdiction::code)
                .containsExactly("GB-ENG", "GB-WLS", "GB-SCT", "GB-NIR");
        Jurisdiction england = SHIPPED.of(JurisdictionCode.ENGLAND);
        assertThat(england.fallback()).isEmpty();
        assertThat(england.allowsDoctorsDirection(ANTI_WRINKLE)).isTrue();
        assertThat(england.citation()).isEqualTo("GB-ENG rules J1");
    }

    @Test
    @DisplayName("Wales, Scotland and Northern Ireland are not modelled: each says so and takes England's age limit, "
            + "registers and ID check, without England's doctor's-direction exception")
    void othersFallBackVisibly() {
        Jurisdiction england = SHIPPED.of(JurisdictionCode.ENGLAND);
        for (JurisdictionCode where : NOT_MODELLED) {
            Jurisdiction law = SHIPPED.of(where);
            assertThat(law.name()).isEqualTo(where.displayName());
            assertThat(law.fallback()).hasValueSatisfying(why -> assertThat(why)
                    .contains("only England's law").contains(where.displayName()).contains("stricter"));
            assertThat(law.minimumAges()).isEqualTo(england.minimumAges());
            assertThat(law.doctorsDirection()).isEmpty();
            assertThat(law.prescriberRegisters()).isEqualTo(england.prescriberRegisters());
            assertThat(law.idCheckRequired()).isTrue();
        }
    }

    @Test
    @DisplayName("A catalogue must give rules for all four jurisdictions, each once, and nothing else")
    void catalogueIsComplete() {
        Jurisdiction england = SafetyFixtures.england();
        assertThatThrownBy(() -> new Jurisdictions(List.of(england)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GB-WLS, GB-SCT, GB-NIR");
        List<Jurisdiction> twice = new ArrayList<>(SHIPPED.all());
        twice.add(england);
        assertThatThrownBy(() -> new Jurisdictions(twice))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GB-ENG is listed twice");
        Jurisdiction ireland = new Jurisdiction("IE", "Ireland", "J1", Map.of(), Set.of(), Set.of(RegisterBody.GMC),
                false);
        assertThatThrownBy(() -> SHIPPED.overriddenBy(List.of(ireland)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("IE is not a jurisdiction");
        assertThatThrownBy(() -> new Jurisdiction("GB-ENG", "England", " ", Map.of(), Set.of(),
                Set.of(RegisterBody.GMC), false)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("version");
    }

    @Test
    @DisplayName("A deployment's Scotland replaces the fallback and keeps the others; its ages and registers gate as "
            + "configured, and a refusal names the rules' version")
    void configuredScotlandGates() {
        Jurisdictions configured = SHIPPED.overriddenBy(List.of(configuredScotland()));
        assertThat(configured.of(JurisdictionCode.SCOTLAND)).isEqualTo(configuredScotland());
        assertThat(configured.of(JurisdictionCode.WALES)).isEqualTo(SHIPPED.of(JurisdictionCode.WALES));
        assertThat(configured.of(JurisdictionCode.ENGLAND)).isEqualTo(SHIPPED.of(JurisdictionCode.ENGLAND));

        Instant start = london(2026, 6, 1, 10, 0);
        SafetyFixtures.ClientBuilder fifteen = new SafetyFixtures.ClientBuilder().bornOn(LocalDate.of(2010, 6, 2));
        SafetyVerdict young = policy.check(booking(fifteen, ANTI_WRINKLE, configured, JurisdictionCode.SCOTLAND,
                start));
        assertThat(reasons(young)).startsWith(SafetyReason.UNDER_MINIMUM_AGE);
        SafetyRefusal refusal = ((SafetyVerdict.Refused) young).primary();
        assertThat(refusal.explanation()).contains("in Scotland").contains("under 16")
                .doesNotContain("England");
        assertThat(refusal.forClinician()).anySatisfy(line -> assertThat(line).contains("GB-SCT rules clinic-7"));
        assertThat(refusal.allowedFrom()).contains(LocalDate.of(2026, 6, 2));

        SafetyFixtures.ClientBuilder sixteen = new SafetyFixtures.ClientBuilder().bornOn(LocalDate.of(2010, 6, 1));
        assertThat(reasons(policy.check(booking(sixteen, ANTI_WRINKLE, configured, JurisdictionCode.SCOTLAND,
                start)))).doesNotContain(SafetyReason.UNDER_MINIMUM_AGE, SafetyReason.ID_CHECK_REQUIRED);
        assertThat(reasons(policy.check(booking(fifteen, DERMAL_FILLER, configured, JurisdictionCode.SCOTLAND,
                start)))).doesNotContain(SafetyReason.UNDER_MINIMUM_AGE, SafetyReason.DATE_OF_BIRTH_REQUIRED);
        assertThat(reasons(policy.check(booking(sixteen, ANTI_WRINKLE, SHIPPED, JurisdictionCode.SCOTLAND,
                start)))).contains(SafetyReason.UNDER_MINIMUM_AGE);

        SafetyFixtures.ClientBuilder nurseConsulted = new SafetyFixtures.ClientBuilder();
        nurseConsulted.consultations.add(faceToFace(nurseConsulted, RegisterBody.NMC, "12A3456E"));
        assertThat(reasons(policy.check(booking(nurseConsulted, ANTI_WRINKLE, configured, JurisdictionCode.SCOTLAND,
                start)))).contains(SafetyReason.PRESCRIBER_CONSULTATION_REQUIRED);
        assertThat(reasons(policy.check(booking(nurseConsulted, ANTI_WRINKLE, SHIPPED, JurisdictionCode.ENGLAND,
                start)))).doesNotContain(SafetyReason.PRESCRIBER_CONSULTATION_REQUIRED);
        SafetyFixtures.ClientBuilder doctorConsulted = new SafetyFixtures.ClientBuilder();
        doctorConsulted.consultations.add(faceToFace(doctorConsulted, RegisterBody.GMC, "7012345"));
        assertThat(reasons(policy.check(booking(doctorConsulted, ANTI_WRINKLE, configured, JurisdictionCode.SCOTLAND,
                start)))).doesNotContain(SafetyReason.PRESCRIBER_CONSULTATION_REQUIRED);
    }

    @Test
    @DisplayName("A doctor's direction may be recorded for a category some jurisdiction's law excepts, and no other")
    void directionSomewhere() {
        assertThat(SHIPPED.allowDoctorsDirectionSomewhere(ANTI_WRINKLE)).isTrue();
        assertThat(SHIPPED.allowDoctorsDirectionSomewhere(DERMAL_FILLER)).isFalse();
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
                SafetyFixtures.COURSE, Optional.empty(), in(SHIPPED, JurisdictionCode.ENGLAND), start,
                start.minusSeconds(600));
        SafetyCase scotland = new SafetyCase(SafetyStage.CHECK_IN, adult.facts(), DERMAL_FILLER,
                SafetyFixtures.COURSE, Optional.empty(), in(SHIPPED, JurisdictionCode.SCOTLAND), start,
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
