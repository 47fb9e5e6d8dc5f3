package com.laca.application.safety.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.application.shared.ConflictException;
import com.laca.application.shared.PersistenceContract;
import com.laca.application.shared.VersionConflictException;
import com.laca.domain.booking.Client;
import com.laca.domain.clinic.Location;
import com.laca.domain.clinic.Practitioner;
import com.laca.domain.clinic.Qualification;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.safety.Answer;
import com.laca.domain.safety.Answers;
import com.laca.domain.safety.Consultation;
import com.laca.domain.safety.ConsultationId;
import com.laca.domain.safety.ConsultationMode;
import com.laca.domain.safety.DoctorsDirection;
import com.laca.domain.safety.IdCheck;
import com.laca.domain.safety.IdCheckId;
import com.laca.domain.safety.IdDocumentType;
import com.laca.domain.safety.Licence;
import com.laca.domain.safety.LicenceTier;
import com.laca.domain.safety.Prescriber;
import com.laca.domain.safety.PrescriberDecision;
import com.laca.domain.safety.PrescriberDecisionId;
import com.laca.domain.safety.PrescriberRegistration;
import com.laca.domain.safety.Prescription;
import com.laca.domain.safety.PrescriptionId;
import com.laca.domain.safety.QuestionId;
import com.laca.domain.safety.RegisterBody;
import com.laca.domain.safety.Screening;
import com.laca.domain.safety.SafetySettings;
import com.laca.domain.safety.ScreeningId;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PhoneNumber;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.UserId;
import java.time.Duration;
import java.time.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The {@link ClinicalRecordRepository} contract: a registration per practitioner that can be corrected, and
 * consultations written once, read back whole in time order, and never seen by another tenant.
 */
public abstract class ClinicalRecordRepositoryContract extends PersistenceContract {

    private static final PrescriberRegistration NMC = new PrescriberRegistration(RegisterBody.NMC, "12A3456E");

    private ClinicalRecordRepository records;
    private Practitioner prescriber;
    private Client client;
    private Location location;

    /** The adapter's implementation over {@link #ports}. */
    protected abstract ClinicalRecordRepository records();

    @BeforeEach
    void storeClinic() {
        records = records();
        doInA(() -> {
            location = storedLocation("Bath");
            prescriber = new Practitioner(PractitionerId.random(), "Priya Shah RN",
                    Set.of(Qualification.NURSE, Qualification.PRESCRIBER), Set.of(location.id()), true, 0);
            ports.practitioners().insert(prescriber);
            client = new Client(ClientId.random(), tenantA, "Cara", "Client", new EmailAddress("cara@example.com"),
                    new PhoneNumber("07700 900123"), LocalDate.of(1990, 5, 17));
            ports.clients().insert(client);
        });
    }

    private Consultation consultation(ConsultationMode mode, String completedAt) {
        return new Consultation(ConsultationId.random(), client.id(), TreatmentCategory.ANTI_WRINKLE,
                Prescriber.of(prescriber, NMC), mode, Instant.parse(completedAt));
    }

    @Test
    @DisplayName("a practitioner's registration is stored, corrected, and never seen by another tenant")
    void registration() {
        doInA(() -> records.saveRegistration(prescriber.id(), NMC));
        assertThat(inA(() -> records.registrationOf(prescriber.id()))).contains(NMC);

        PrescriberRegistration corrected = new PrescriberRegistration(RegisterBody.NMC, "99Z9999Z");
        doInA(() -> records.saveRegistration(prescriber.id(), corrected));

        assertThat(inA(() -> records.registrationOf(prescriber.id()))).contains(corrected);
        assertThat(inA(() -> records.registrationOf(PractitionerId.random()))).isEmpty();
        assertThat(inB(() -> records.registrationOf(prescriber.id()))).isEmpty();
    }

    @Test
    @DisplayName("a client's consultations come back whole, oldest first, in their own tenant only")
    void consultations() {
        Consultation later = consultation(ConsultationMode.FACE_TO_FACE, "2026-03-02T10:30:00Z");
        Consultation earlier = consultation(ConsultationMode.VIDEO, "2026-03-01T09:15:00Z");
        doInA(() -> {
            records.insertConsultation(later);
            records.insertConsultation(earlier);
        });

        assertThat(inA(() -> records.consultationsOf(client.id()))).containsExactly(earlier, later);
        assertThat(inA(() -> records.consultationsOf(ClientId.random()))).isEmpty();
        assertThat(inB(() -> records.consultationsOf(client.id()))).isEmpty();
    }

    @Test
    @DisplayName("a consultation is written once: the same id again is a conflict")
    void writtenOnce() {
        Consultation once = consultation(ConsultationMode.FACE_TO_FACE, "2026-03-02T10:30:00Z");
        doInA(() -> records.insertConsultation(once));

        assertThatThrownBy(() -> doInA(() -> records.insertConsultation(once))).isInstanceOf(ConflictException.class);
    }

    private Screening screening(String answeredAt) {
        Map<QuestionId, Answer> answers = new LinkedHashMap<>();
        answers.put(new QuestionId("pregnant_or_breastfeeding"), new Answer.YesNo(false));
        answers.put(new QuestionId("isotretinoin"), new Answer.Choice("STOPPED"));
        answers.put(new QuestionId("isotretinoin_stopped_on"), new Answer.DateValue(LocalDate.of(2026, 1, 5)));
        answers.put(new QuestionId("notes"), new Answer.Text("a&b=c:d %20 é\nline"));
        return Screening.answered(ScreeningId.random(), client.id(), "2026.1",
                Set.of(TreatmentCategory.CHEMICAL_PEEL, TreatmentCategory.LASER), Answers.reconstitute(answers),
                Instant.parse(answeredAt));
    }

    @Test
    @DisplayName("a screening comes back with every answer and its type, even text holding the encoding's characters")
    void screenings() {
        Screening later = screening("2026-03-02T10:30:00Z");
        Screening earlier = screening("2026-03-01T09:15:00Z");
        doInA(() -> {
            records.insertScreening(later);
            records.insertScreening(earlier);
        });

        List<Screening> stored = inA(() -> records.screeningsOf(client.id()));
        assertThat(stored).extracting(Screening::id).containsExactly(earlier.id(), later.id());
        Screening back = stored.get(0);
        assertThat(back.answers().asMap()).isEqualTo(earlier.answers().asMap());
        assertThat(back.categories()).isEqualTo(earlier.categories());
        assertThat(back.answeredAt()).isEqualTo(earlier.answeredAt());
        assertThat(inA(() -> records.screening(later.id()))).hasValueSatisfying(
                s -> assertThat(s.questionnaireVersion()).isEqualTo("2026.1"));
        assertThat(inB(() -> records.screeningsOf(client.id()))).isEmpty();
        assertThat(inB(() -> records.screening(later.id()))).isEmpty();
        assertThatThrownBy(() -> doInA(() -> records.insertScreening(later))).isInstanceOf(ConflictException.class);
    }

    @Test
    @DisplayName("a prescriber decision comes back whole, for its client, in its own tenant only")
    void decisions() {
        Screening screening = screening("2026-03-01T09:15:00Z");
        PrescriberDecision decision = new PrescriberDecision(PrescriberDecisionId.random(), screening.id(),
                "keloid-resurfacing", "2026.1", Prescriber.of(prescriber, NMC), PrescriberDecision.Verdict.APPROVED,
                "Test patch healed well; proceed with a superficial peel.", Instant.parse("2026-03-02T11:00:00Z"));
        doInA(() -> {
            records.insertScreening(screening);
            records.insertDecision(client.id(), decision);
        });

        assertThat(inA(() -> records.decisionsOf(client.id()))).containsExactly(decision);
        assertThat(inA(() -> records.decisionsOf(ClientId.random()))).isEmpty();
        assertThat(inB(() -> records.decisionsOf(client.id()))).isEmpty();
    }

    @Test
    @DisplayName("ID checks and doctor's directions come back whole, oldest first, in their own tenant only")
    void ageEvidence() {
        UserId staff = UserId.random();
        IdCheck later = new IdCheck(IdCheckId.random(), client.id(), staff, Instant.parse("2026-03-02T10:00:00Z"),
                IdDocumentType.PASSPORT, LocalDate.of(1990, 5, 17));
        IdCheck earlier = new IdCheck(IdCheckId.random(), client.id(), staff, Instant.parse("2026-03-01T10:00:00Z"),
                IdDocumentType.PHOTOCARD_DRIVING_LICENCE, LocalDate.of(1990, 5, 17));
        DoctorsDirection direction = new DoctorsDirection(client.id(), TreatmentCategory.ANTI_WRINKLE, "Dr Amelia Hart",
                new PrescriberRegistration(RegisterBody.GMC, "7012345"), "Hyperhidrosis: medical need", staff,
                Instant.parse("2026-03-03T09:00:00Z"));
        doInA(() -> {
            records.insertIdCheck(later);
            records.insertIdCheck(earlier);
            records.insertDirection(direction);
        });

        assertThat(inA(() -> records.idChecksOf(client.id()))).containsExactly(earlier, later);
        assertThat(inA(() -> records.directionsOf(client.id()))).containsExactly(direction);
        assertThat(inB(() -> records.idChecksOf(client.id()))).isEmpty();
        assertThat(inB(() -> records.directionsOf(client.id()))).isEmpty();
        assertThatThrownBy(() -> doInA(() -> records.insertIdCheck(later))).isInstanceOf(ConflictException.class);
    }

    @Test
    @DisplayName("a prescription comes back linked to its consultation and prescriber, in its own tenant only")
    void prescriptions() {
        Consultation consulted = consultation(ConsultationMode.FACE_TO_FACE, "2026-03-02T10:30:00Z");
        Prescription prescription = new Prescription(PrescriptionId.random(), consulted, consulted.prescriber(),
                client.id(), "Botulinum toxin type A, 50 units", Instant.parse("2026-03-02T10:45:00Z"));
        doInA(() -> {
            records.insertConsultation(consulted);
            records.insertPrescription(prescription);
        });

        assertThat(inA(() -> records.prescriptionsOf(client.id()))).containsExactly(prescription);
        assertThat(inB(() -> records.prescriptionsOf(client.id()))).isEmpty();
        assertThatThrownBy(() -> doInA(() -> records.insertPrescription(prescription)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    @DisplayName("a practitioner's and a premises' licence are stored, replaced, and kept apart")
    void licences() {
        Licence first = new Licence("LIC-1", new LicenceTier("AMBER"), LocalDate.of(2027, 3, 31),
                LocalDate.of(2027, 1, 31), Set.of(TreatmentCategory.ANTI_WRINKLE, TreatmentCategory.DERMAL_FILLER));
        Licence renewed = new Licence("LIC-2", new LicenceTier("GREEN"), LocalDate.of(2028, 3, 31),
                LocalDate.of(2028, 1, 31), Set.of(TreatmentCategory.LASER));
        Licence premises = new Licence("PREM-9", new LicenceTier("AMBER"), LocalDate.of(2027, 6, 30),
                LocalDate.of(2027, 6, 30), Set.of(TreatmentCategory.CHEMICAL_PEEL));
        doInA(() -> {
            records.savePractitionerLicence(prescriber.id(), first);
            records.savePremisesLicence(location.id(), premises);
        });
        doInA(() -> records.savePractitionerLicence(prescriber.id(), renewed));

        assertThat(inA(() -> records.practitionerLicence(prescriber.id()))).contains(renewed);
        assertThat(inA(() -> records.premisesLicence(location.id()))).contains(premises);
        assertThat(inA(() -> records.premisesLicence(new LocationId(
                prescriber.id().value())))).isEmpty();
        assertThat(inB(() -> records.practitionerLicence(prescriber.id()))).isEmpty();
    }

    @Test
    @DisplayName("a tenant's safety settings are stored and replaced, each save one version on; another tenant keeps "
            + "none")
    void settings() {
        assertThat(inA(() -> records.settings())).isEmpty();
        assertThat(inA(() -> records.settingsVersion())).isZero();
        SafetySettings stricter = new SafetySettings(Period.ofMonths(3), Period.ofDays(2), Period.ofMonths(4),
                Map.of(TreatmentCategory.ANTI_WRINKLE, Duration.ofHours(48),
                        TreatmentCategory.DERMAL_FILLER, Duration.ofDays(1)), true);
        long first = inA(() -> records.saveSettings(SafetySettings.defaults(), 0));
        long second = inA(() -> records.saveSettings(stricter, first));

        assertThat(second).isGreaterThan(first).isEqualTo(inA(() -> records.settingsVersion()));
        assertThat(inA(() -> records.saveSettings(stricter, second))).as("the same settings again: nothing changed")
                .isEqualTo(second);
        assertThat(inA(() -> records.settings())).contains(stricter);
        assertThat(inB(() -> records.settings())).isEmpty();
        assertThat(inB(() -> records.settingsVersion())).isZero();
    }

    @Test
    @DisplayName("saving safety settings over a version other than the stored one is a conflict and changes nothing")
    void staleSettings() {
        long first = inA(() -> records.saveSettings(SafetySettings.defaults(), 0));

        assertThatThrownBy(() -> doInA(() -> records.saveSettings(SafetySettings.defaults()
                .withLicensingEnforced(true), 0))).isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> doInA(() -> records.saveSettings(SafetySettings.defaults()
                .withLicensingEnforced(true), first + 1))).isInstanceOf(VersionConflictException.class);

        assertThat(inA(() -> records.settings())).contains(SafetySettings.defaults());
        assertThat(inA(() -> records.settingsVersion())).isEqualTo(first);
    }
}
