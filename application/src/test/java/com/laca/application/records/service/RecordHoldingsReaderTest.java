package com.laca.application.records.service;

import static com.laca.application.records.service.RecordsTestPorts.empty;
import static org.assertj.core.api.Assertions.assertThat;

import com.laca.application.consent.port.out.ConsentRecordRepository;
import com.laca.application.records.port.out.AccessAuditRepository;
import com.laca.application.records.port.out.ClientAppointmentHistory;
import com.laca.application.records.port.out.ClientProfileRepository;
import com.laca.application.records.port.out.ClinicalPhotoRepository;
import com.laca.application.records.port.out.StaffNoteRepository;
import com.laca.application.records.port.out.TreatmentRecordRepository;
import com.laca.application.safety.port.out.ClinicalRecordRepository;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.records.ClientProfile;
import com.laca.domain.records.ClinicalActivity;
import com.laca.domain.records.ContactPreferences;
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
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.TenantId;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RecordHoldingsReaderTest {

    private final ClientProfile client = ClientProfile.create(ClientId.random(), TenantId.random(), "Zoe", "Brown",
            LocalDate.of(1990, 4, 15), Optional.of(new EmailAddress("zoe@example.com")), Optional.empty(),
            ContactPreferences.NONE);

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
        RecordHoldingsReader reader = new RecordHoldingsReader(empty(ClientProfileRepository.class),
                empty(StaffNoteRepository.class), empty(ClientAppointmentHistory.class),
                empty(TreatmentRecordRepository.class), empty(ClinicalPhotoRepository.class),
                empty(ConsentRecordRepository.class), safetyHolding(consultation, prescription),
                empty(AccessAuditRepository.class));

        RecordHoldings holdings = reader.holdings(client, List.of(client.id()));

        assertThat(holdings.held()).contains(RecordPart.PRESCRIBING_EVIDENCE);
        // 10:45 UTC on 9 March is already 10 March where the calendar is latest (UTC+14): never a day early
        assertThat(holdings.clinical()).map(ClinicalActivity::lastEntryOn).contains(LocalDate.of(2026, 3, 10));
    }

    /** A safety record holding the one consultation and prescription, and nothing else. */
    private static ClinicalRecordRepository safetyHolding(Consultation consultation, Prescription prescription) {
        ClinicalRecordRepository nothing = empty(ClinicalRecordRepository.class);
        return (ClinicalRecordRepository) Proxy.newProxyInstance(ClinicalRecordRepository.class.getClassLoader(),
                new Class<?>[] {ClinicalRecordRepository.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "consultationsOf" -> List.of(consultation);
                    case "prescriptionsOf" -> List.of(prescription);
                    default -> method.invoke(nothing, args);
                });
    }
}
