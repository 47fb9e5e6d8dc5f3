package com.laca.application.records.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.application.consent.port.out.ConsentRecordRepository;
import com.laca.application.records.port.out.AccessAuditRepository;
import com.laca.application.records.port.out.ClientAppointmentHistory;
import com.laca.application.records.port.out.ClientProfileRepository;
import com.laca.application.records.port.out.ClinicalPhotoRepository;
import com.laca.application.records.port.out.StaffNoteRepository;
import com.laca.application.records.port.out.TreatmentRecordRepository;
import com.laca.application.safety.port.out.ClinicalRecordRepository;
import com.laca.domain.booking.AppointmentStatus;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.consent.ConsentId;
import com.laca.domain.consent.ConsentRecord;
import com.laca.domain.consent.ConsentTemplateId;
import com.laca.domain.consent.CourseId;
import com.laca.domain.records.ClientAppointment;
import com.laca.domain.records.ClientProfile;
import com.laca.domain.records.ClinicalActivity;
import com.laca.domain.records.ClinicalPhoto;
import com.laca.domain.records.ContactPreferences;
import com.laca.domain.records.PhotoFormat;
import com.laca.domain.records.PhotoId;
import com.laca.domain.records.PhotoKind;
import com.laca.domain.records.RecordHoldings;
import com.laca.domain.records.RecordPart;
import com.laca.domain.safety.Consultation;
import com.laca.domain.safety.ConsultationId;
import com.laca.domain.safety.ConsultationMode;
import com.laca.domain.safety.Prescriber;
import com.laca.domain.safety.PrescriberRegistration;
import com.laca.domain.safety.Prescription;
import com.laca.domain.safety.PrescriptionId;
import com.laca.domain.safety.RegisterBody;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.TreatmentId;
import com.laca.domain.shared.UserId;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("What is held about a client is read with a query per kind, never one per appointment")
class RecordHoldingsReaderTest {

    private static final TenantId CLINIC = TenantId.random();
    private static final Instant SEEN = Instant.parse("2026-06-10T09:00:00Z");
    private static final int APPOINTMENTS = 12;

    private final ClientProfile client = ClientProfile.create(ClientId.random(), CLINIC, "Zoe", "Brown",
            LocalDate.of(1990, 4, 15), Optional.of(new EmailAddress("zoe@example.com")), Optional.empty(),
            ContactPreferences.NONE);
    private final ClientId absorbed = ClientId.random();
    /** Each port method the reader called, as {@code Port.method}. */
    private final List<String> calls = new ArrayList<>();

    @Test
    @DisplayName("twelve appointments with consents, a photo, history and audit: every part is found, consents are "
            + "read once per client id of the record and history and audit are only asked whether they exist")
    void onePerKind() {
        ClientAppointment[] lines = IntStream.range(0, APPOINTMENTS).mapToObj(i -> new ClientAppointment(
                AppointmentId.random(), client.id(), SEEN.plusSeconds(86_400L * i),
                SEEN.plusSeconds(86_400L * i + 1800), AppointmentStatus.COMPLETED, TreatmentId.random(),
                PractitionerId.random(), LocationId.random())).toArray(ClientAppointment[]::new);
        ConsentRecord consent = new ConsentRecord(ConsentId.random(), client.id(), new CourseId(UUID.randomUUID()),
                TreatmentCategory.CHEMICAL_PEEL, "GB-ENG", ConsentTemplateId.random(), 1, SEEN, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
        PhotoId photoId = PhotoId.random();
        ClinicalPhoto photo = new ClinicalPhoto(photoId, client.id(), lines[0].appointment(), PhotoKind.BEFORE,
                PhotoFormat.JPEG, 640, 480, 12_345, "a".repeat(64), "photos/" + photoId + ".jpg", UserId.random(),
                SEEN.plusSeconds(600));
        RecordHoldingsReader reader = new RecordHoldingsReader(
                port(ClientProfileRepository.class, Map.of("hasHistory", true)),
                port(StaffNoteRepository.class, Map.of("about", List.of())),
                port(ClientAppointmentHistory.class, Map.of("of", List.of(lines))),
                port(TreatmentRecordRepository.class, Map.of("chartsOf", List.of())),
                port(ClinicalPhotoRepository.class, Map.of("ofClients", List.of(photo))),
                port(ConsentRecordRepository.class, Map.of("ofClient", List.of(consent))),
                port(ClinicalRecordRepository.class, Map.of("screeningsOf", List.of(), "consultationsOf", List.of(),
                        "prescriptionsOf", List.of(), "directionsOf", List.of(), "idChecksOf", List.of())),
                port(AccessAuditRepository.class, Map.of("anyAbout", true)));

        RecordHoldings held = reader.holdings(client, List.of(client.id(), absorbed));

        assertThat(held.held()).contains(RecordPart.APPOINTMENT_HISTORY, RecordPart.CONSENTS, RecordPart.PHOTOS,
                RecordPart.EDIT_HISTORY, RecordPart.ACCESS_AUDIT);
        assertThat(held.clinical()).isPresent();
        assertThat(calls).filteredOn(call -> call.startsWith("ConsentRecordRepository.")).hasSize(2);
        assertThat(calls).hasSize(1 + 1 + 1 + 1 + 2 + 2 * 5 + 1 + 1);
    }

    @Test
    @DisplayName("a client whose only clinical entries are a consultation and its prescription holds a clinical record, "
            + "dated by the later of them, so retention protects it and the purge counts it")
    void prescribingEvidenceIsClinical() {
        Consultation consultation = new Consultation(ConsultationId.random(), client.id(),
                TreatmentCategory.ANTI_WRINKLE, new Prescriber(PractitionerId.random(), "Priya Shah RN",
                new PrescriberRegistration(RegisterBody.NMC, "12A3456E")), ConsultationMode.FACE_TO_FACE,
                Instant.parse("2026-03-02T10:30:00Z"));
        Prescription prescription = new Prescription(PrescriptionId.random(), consultation,
                consultation.prescriber(), client.id(), "Botulinum toxin type A, 50 units",
                Instant.parse("2026-03-09T10:45:00Z"));
        RecordHoldingsReader reader = new RecordHoldingsReader(
                port(ClientProfileRepository.class, Map.of("hasHistory", false)),
                port(StaffNoteRepository.class, Map.of("about", List.of())),
                port(ClientAppointmentHistory.class, Map.of("of", List.of())),
                port(TreatmentRecordRepository.class, Map.of("chartsOf", List.of())),
                port(ClinicalPhotoRepository.class, Map.of("ofClients", List.of())),
                port(ConsentRecordRepository.class, Map.of("ofClient", List.of())),
                port(ClinicalRecordRepository.class, Map.of("screeningsOf", List.of(),
                        "consultationsOf", List.of(consultation), "prescriptionsOf", List.of(prescription),
                        "directionsOf", List.of(), "idChecksOf", List.of())),
                port(AccessAuditRepository.class, Map.of("anyAbout", false)));

        RecordHoldings held = reader.holdings(client, List.of(client.id()));

        assertThat(held.held()).contains(RecordPart.PRESCRIBING_EVIDENCE);
        // 10:45 UTC on 9 March is already 10 March where the calendar is latest (UTC+14): never a day early
        assertThat(held.clinical()).map(ClinicalActivity::lastEntryOn).contains(LocalDate.of(2026, 3, 10));
    }

    /** A port answering the named methods with the given values, recording each call; anything else is refused. */
    private <T> T port(Class<T> type, Map<String, Object> answers) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type},
                (proxy, method, args) -> {
                    calls.add(type.getSimpleName() + "." + method.getName());
                    if (!answers.containsKey(method.getName())) {
                        throw new UnsupportedOperationException(type.getSimpleName() + "." + method.getName());
                    }
                    return answers.get(method.getName());
                }));
    }
}
