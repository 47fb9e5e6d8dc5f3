package com.laca.domain.safety;

import static com.laca.domain.clinic.TreatmentCategory.ANTI_WRINKLE;
import static com.laca.domain.clinic.TreatmentCategory.DERMAL_FILLER;
import static com.laca.domain.safety.SafetyFixtures.booking;
import static com.laca.domain.safety.SafetyFixtures.london;
import static com.laca.domain.safety.SafetyFixtures.policy;
import static com.laca.domain.safety.SafetyFixtures.reasons;
import static org.assertj.core.api.Assertions.assertThat;

import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The legal gates at their edges with a clinic's own settings: directions, consultation window, licences")
class LegalGateEdgesTest {

    private static final Instant BOOKED_AT = london(2026, 5, 1, 10, 0);
    /** Born 15 June 2008: 18 on 15 June 2026. */
    private static final LocalDate BORN = LocalDate.of(2008, 6, 15);

    private static DoctorsDirection direction(SafetyFixtures.ClientBuilder client, Instant recordedAt) {
        return new DoctorsDirection(client.id, ANTI_WRINKLE, "Dr Amelia Hart",
                new PrescriberRegistration(RegisterBody.GMC, "7012345"), "Hyperhidrosis", UserId.random(), recordedAt);
    }

    @Test
    @DisplayName("With a doctor's direction, toxin on the day before the 18th birthday passes the age gate; without "
            + "one it does not, and on the birthday itself no direction is needed")
    void directionTheDayBefore() {
        SafetyFixtures.ClientBuilder directed = new SafetyFixtures.ClientBuilder().bornOn(BORN);
        directed.directions.add(direction(directed, BOOKED_AT.minusSeconds(60)));
        SafetyFixtures.ClientBuilder undirected = new SafetyFixtures.ClientBuilder().bornOn(BORN);
        Instant dayBefore = london(2026, 6, 14, 23, 30);

        assertThat(reasons(policy().check(booking(directed, ANTI_WRINKLE, dayBefore, BOOKED_AT))))
                .doesNotContain(SafetyReason.UNDER_MINIMUM_AGE);
        assertThat(reasons(policy().check(booking(undirected, ANTI_WRINKLE, dayBefore, BOOKED_AT))))
                .contains(SafetyReason.UNDER_MINIMUM_AGE);
        assertThat(reasons(policy().check(booking(undirected, ANTI_WRINKLE, london(2026, 6, 15, 0, 30),
                BOOKED_AT)))).doesNotContain(SafetyReason.UNDER_MINIMUM_AGE);
    }

    @Test
    @DisplayName("A direction recorded after the moment of the check does not count yet")
    void directionNotYetRecorded() {
        SafetyFixtures.ClientBuilder client = new SafetyFixtures.ClientBuilder().bornOn(BORN);
        client.directions.add(direction(client, BOOKED_AT.plusSeconds(1)));

        assertThat(reasons(policy().check(booking(client, ANTI_WRINKLE, london(2026, 6, 1, 10, 0), BOOKED_AT))))
                .contains(SafetyReason.UNDER_MINIMUM_AGE);
    }

    @Test
    @DisplayName("A clinic's 3-month consultation validity: consulted 15 January, toxin allowed on 15 April, refused "
            + "on 16 April")
    void clinicConsultationWindow() {
        SafetySettings threeMonths = new SafetySettings(Period.ofMonths(6), Period.ofDays(7), Period.ofMonths(3),
                Map.of(), false);
        SafetyFixtures.ClientBuilder client = new SafetyFixtures.ClientBuilder();
        client.consulted(ANTI_WRINKLE, ConsultationMode.FACE_TO_FACE, london(2026, 1, 15, 11, 0));
        Instant bookedAt = london(2026, 1, 15, 12, 0);

        assertThat(reasons(policy(threeMonths).check(booking(client, ANTI_WRINKLE, london(2026, 4, 15, 18, 0),
                bookedAt)))).isEmpty();
        assertThat(reasons(policy(threeMonths).check(booking(client, ANTI_WRINKLE, london(2026, 4, 16, 9, 0),
                bookedAt)))).containsExactly(SafetyReason.PRESCRIBER_CONSULTATION_REQUIRED);
    }

    @Test
    @DisplayName("Licences enforced: insurance ending on 30 June allows filler on 30 June (London) and refuses it "
            + "on 1 July, even at 00:30 London time (23:30 UTC on 30 June)")
    void insuranceLastDay() {
        Licence licence = new Licence("LIC-1", new LicenceTier("AMBER"), LocalDate.of(2027, 1, 1),
                LocalDate.of(2026, 6, 30), Set.of(DERMAL_FILLER));
        SafetySettings enforced = SafetySettings.defaults().withLicensingEnforced(true);
        SafetyFixtures.ClientBuilder client = new SafetyFixtures.ClientBuilder();

        assertThat(reasons(policy(enforced).check(licensed(client, licence, london(2026, 6, 30, 18, 0)))))
                .doesNotContain(SafetyReason.PRACTITIONER_NOT_LICENSED, SafetyReason.PREMISES_NOT_LICENSED);
        assertThat(reasons(policy(enforced).check(licensed(client, licence, london(2026, 7, 1, 0, 30)))))
                .contains(SafetyReason.PRACTITIONER_NOT_LICENSED, SafetyReason.PREMISES_NOT_LICENSED);
    }

    private static SafetyCase licensed(SafetyFixtures.ClientBuilder client, Licence licence, Instant start) {
        return new SafetyCase(SafetyStage.BOOKING, client.facts(), DERMAL_FILLER, SafetyFixtures.COURSE,
                Optional.of(new PractitionerSafetyFacts(PractitionerId.random(), List.of(licence))),
                new LocationSafetyFacts(LocationId.random(), SafetyFixtures.LONDON, SafetyFixtures.england(),
                        List.of(licence)), start, BOOKED_AT);
    }
}
