package com.laca.domain.safety;

import static com.laca.domain.clinic.TreatmentCategory.ANTI_WRINKLE;
import static com.laca.domain.safety.SafetyFixtures.booking;
import static com.laca.domain.safety.SafetyFixtures.checkIn;
import static com.laca.domain.safety.SafetyFixtures.clearAnswers;
import static com.laca.domain.safety.SafetyFixtures.london;
import static com.laca.domain.safety.SafetyFixtures.policy;
import static com.laca.domain.safety.SafetyFixtures.reasons;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.domain.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Toxin is a prescription-only medicine: a face-to-face prescriber consultation must come first")
class PrescriberConsultationTest {

    private static final Instant CONSULTED = london(2026, 1, 15, 11, 0);
    private static final Instant BOOKED_AT = london(2026, 1, 15, 12, 0);

    @Test
    @DisplayName("Without any consultation, toxin cannot be booked")
    void noConsultation() {
        assertThat(reasons(policy().check(booking(new SafetyFixtures.ClientBuilder(), ANTI_WRINKLE,
                london(2026, 2, 1, 10, 0), BOOKED_AT))))
                .containsExactly(SafetyReason.PRESCRIBER_CONSULTATION_REQUIRED);
    }

    @Test
    @DisplayName("A face-to-face consultation on 15 January supports toxin up to and including 15 July")
    void lastDayOfWindow() {
        SafetyFixtures.ClientBuilder client = new SafetyFixtures.ClientBuilder();
        client.consulted(ANTI_WRINKLE, ConsultationMode.FACE_TO_FACE, CONSULTED);
        assertThat(reasons(policy().check(booking(client, ANTI_WRINKLE, london(2026, 7, 15, 18, 0), BOOKED_AT))))
                .isEmpty();
    }

    @Test
    @DisplayName("The day after the window (16 July) toxin is refused again")
    void dayAfterWindow() {
        SafetyFixtures.ClientBuilder client = new SafetyFixtures.ClientBuilder();
        client.consulted(ANTI_WRINKLE, ConsultationMode.FACE_TO_FACE, CONSULTED);
        assertThat(reasons(policy().check(booking(client, ANTI_WRINKLE, london(2026, 7, 16, 9, 0), BOOKED_AT))))
                .containsExactly(SafetyReason.PRESCRIBER_CONSULTATION_REQUIRED);
    }

    @Test
    @DisplayName("A video consultation never counts, nor does a phone call")
    void videoAndPhone() {
        for (ConsultationMode remote : Set.of(ConsultationMode.VIDEO, ConsultationMode.PHONE)) {
            SafetyFixtures.ClientBuilder client = new SafetyFixtures.ClientBuilder();
            client.consulted(ANTI_WRINKLE, remote, CONSULTED);
            SafetyVerdict verdict = policy().check(booking(client, ANTI_WRINKLE, london(2026, 2, 1, 10, 0), BOOKED_AT));
            assertThat(reasons(verdict)).as(remote.name()).containsExactly(SafetyReason.PRESCRIBER_CONSULTATION_REQUIRED);
            assertThat(((SafetyVerdict.Refused) verdict).primary().explanation()).contains("video or phone");
        }
    }

    @Test
    @DisplayName("A prescription cannot rest on a video consultation")
    void noPrescriptionFromVideo() {
        SafetyFixtures.ClientBuilder client = new SafetyFixtures.ClientBuilder();
        Consultation video = client.consulted(ANTI_WRINKLE, ConsultationMode.VIDEO, CONSULTED);
        assertThatThrownBy(() -> client.prescribed(video, CONSULTED.plusSeconds(60)))
                .hasMessageContaining("face-to-face");
    }

    @Test
    @DisplayName("A consultation for filler does not support toxin, nor one for another client")
    void sameClientAndCategory() {
        SafetyFixtures.ClientBuilder client = new SafetyFixtures.ClientBuilder();
        client.consulted(com.laca.domain.clinic.TreatmentCategory.DERMAL_FILLER, ConsultationMode.FACE_TO_FACE,
                CONSULTED);
        assertThat(reasons(policy().check(booking(client, ANTI_WRINKLE, london(2026, 2, 1, 10, 0), BOOKED_AT))))
                .containsExactly(SafetyReason.PRESCRIBER_CONSULTATION_REQUIRED);
    }

    @Test
    @DisplayName("With a 48-hour reflection period, treatment 47 hours after the consultation is refused and 48 allowed")
    void reflectionPeriod() {
        SafetySettings settings = SafetySettings.defaults().withReflectionPeriod(ANTI_WRINKLE, Duration.ofHours(48));
        SafetyFixtures.ClientBuilder client = new SafetyFixtures.ClientBuilder();
        client.consulted(ANTI_WRINKLE, ConsultationMode.FACE_TO_FACE, CONSULTED);
        SafetyVerdict early = policy(settings).check(booking(client, ANTI_WRINKLE, CONSULTED.plus(Duration.ofHours(47)),
                BOOKED_AT));
        assertThat(reasons(early)).containsExactly(SafetyReason.REFLECTION_PERIOD);
        assertThat(((SafetyVerdict.Refused) early).primary().allowedFrom()).contains(LocalDate.of(2026, 1, 17));
        assertThat(reasons(policy(settings).check(booking(client, ANTI_WRINKLE, CONSULTED.plus(Duration.ofHours(48)),
                BOOKED_AT)))).isEmpty();
    }

    @Test
    @DisplayName("By default toxin has no reflection period: treatment right after the consultation is allowed")
    void noReflectionByDefault() {
        SafetyFixtures.ClientBuilder client = new SafetyFixtures.ClientBuilder();
        client.consulted(ANTI_WRINKLE, ConsultationMode.FACE_TO_FACE, CONSULTED);
        assertThat(reasons(policy().check(booking(client, ANTI_WRINKLE, CONSULTED.plusSeconds(900), BOOKED_AT))))
                .isEmpty();
    }

    @Test
    @DisplayName("At check-in the prescription linking consultation, prescriber and client must exist")
    void prescriptionAtCheckIn() {
        SafetyFixtures.ClientBuilder client = new SafetyFixtures.ClientBuilder();
        Consultation consultation = client.consulted(ANTI_WRINKLE, ConsultationMode.FACE_TO_FACE, CONSULTED);
        Instant start = london(2026, 2, 1, 10, 0);
        client.screened(clearAnswers(Set.of(ANTI_WRINKLE)), Set.of(ANTI_WRINKLE), start.minus(Duration.ofDays(2)));
        client.idChecks.add(new IdCheck(IdCheckId.random(), client.id, UserId.random(), start.minusSeconds(1200),
                IdDocumentType.PASSPORT, client.dateOfBirth.orElseThrow()));
        assertThat(reasons(policy().check(checkIn(client, ANTI_WRINKLE, start))))
                .contains(SafetyReason.PRESCRIPTION_REQUIRED);
        client.prescribed(consultation, CONSULTED.plusSeconds(600));
        assertThat(reasons(policy().check(checkIn(client, ANTI_WRINKLE, start))))
                .doesNotContain(SafetyReason.PRESCRIPTION_REQUIRED);
    }

    @Test
    @DisplayName("Prescriber registration numbers are checked against their register's format")
    void registrationFormats() {
        assertThat(new PrescriberRegistration(RegisterBody.NMC, "12a 3456e").number()).isEqualTo("12A3456E");
        assertThatThrownBy(() -> new PrescriberRegistration(RegisterBody.GMC, "12345"))
                .hasMessageContaining("GMC");
        assertThatThrownBy(() -> new PrescriberRegistration(RegisterBody.NMC, "1234567"))
                .hasMessageContaining("NMC");
    }

    @Test
    @DisplayName("Only a practitioner with the prescriber qualification can act as a prescriber")
    void prescriberQualification() {
        com.laca.domain.clinic.Practitioner nurse = new com.laca.domain.clinic.Practitioner(
                com.laca.domain.shared.PractitionerId.random(), "Tom Evans RN",
                Set.of(com.laca.domain.clinic.Qualification.NURSE), Set.of(), true, 0);
        assertThatThrownBy(() -> Prescriber.of(nurse, new PrescriberRegistration(RegisterBody.NMC, "12A3456E")))
                .hasMessageContaining("not a prescriber");
    }
}
