package com.laca.application.safety.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.application.safety.port.in.AuditLogUseCase;
import com.laca.application.safety.port.in.ClientSafetyView;
import com.laca.application.safety.port.in.RecordConsultationCommand;
import com.laca.application.safety.port.in.RecordConsultationUseCase;
import com.laca.application.safety.port.in.RecordDirectionCommand;
import com.laca.application.safety.port.in.RecordIdCheckCommand;
import com.laca.application.safety.port.in.RecordPrescriptionCommand;
import com.laca.application.safety.port.in.SafetyEvidenceUseCase;
import com.laca.application.shared.Caller;
import com.laca.application.shared.InvalidInputException;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.identity.Role;
import com.laca.domain.safety.AuditChainVerifier;
import com.laca.domain.safety.AuditEventType;
import com.laca.domain.safety.Consultation;
import com.laca.domain.safety.ConsultationId;
import com.laca.domain.safety.ConsultationMode;
import com.laca.domain.safety.DoctorsDirection;
import com.laca.domain.safety.IdCheck;
import com.laca.domain.safety.IdCheckId;
import com.laca.domain.safety.IdDocumentType;
import com.laca.domain.safety.Prescriber;
import com.laca.domain.safety.PrescriberRegistration;
import com.laca.domain.safety.Prescription;
import com.laca.domain.safety.PrescriptionId;
import com.laca.domain.safety.RegisterBody;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Consultations, prescriptions, ID checks and doctor's directions are written to the clinical audit log")
class AuditedClinicalEvidenceTest {

    private static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");

    private final TenantId tenant = TenantId.random();
    private final Caller prescriber = new Caller(UserId.random(), tenant, Set.of(Role.PRACTITIONER));
    private final ClientId client = ClientId.random();
    private final PractitionerId doctor = PractitionerId.random();
    private final Consultation consultation = new Consultation(ConsultationId.random(), client,
            TreatmentCategory.ANTI_WRINKLE, new Prescriber(doctor, "Dr Ada Prescriber",
            new PrescriberRegistration(RegisterBody.GMC, "1234567")), ConsultationMode.FACE_TO_FACE, NOW);
    private final List<String> appended = new ArrayList<>();
    private final List<Boolean> inTransaction = new ArrayList<>();
    private boolean open;
    private final AuditLogUseCase audit = new AuditLogUseCase() {
        @Override
        public void append(TenantId tenantId, AuditEventType type, String subject, String actor,
                           Map<String, String> details) {
            inTransaction.add(open);
            appended.add(type + " " + subject + " " + actor + " " + new TreeMap<>(details));
        }

        @Override
        public AuditChainVerifier.ChainVerification verify(Caller caller) {
            throw new UnsupportedOperationException();
        }
    };
    private final TransactionRunner tx = new TransactionRunner() {
        @Override
        public <T> T inTenant(TenantId tenantId, Supplier<T> work) {
            open = true;
            try {
                return work.get();
            } finally {
                open = false;
            }
        }

        @Override
        public <T> T asPlatform(Supplier<T> work) {
            return work.get();
        }
    };

    /** The records as the inner services answer them, or their refusal when {@code refuse} is set. */
    private final class Records implements RecordConsultationUseCase, SafetyEvidenceUseCase {
        private final boolean refuse;

        Records(boolean refuse) {
            this.refuse = refuse;
        }

        private void refuseIfAsked() {
            if (refuse) {
                throw new InvalidInputException("prescriber", "does not hold the prescriber qualification");
            }
        }

        @Override
        public PrescriberRegistration register(Caller caller, PractitionerId practitioner, RegisterBody body,
                                               String number) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Consultation record(Caller caller, RecordConsultationCommand command) {
            refuseIfAsked();
            return consultation;
        }

        @Override
        public List<Consultation> consultationsOf(Caller caller, ClientId clientId) {
            return List.of(consultation);
        }

        @Override
        public Prescription prescribe(Caller caller, RecordPrescriptionCommand command) {
            refuseIfAsked();
            return new Prescription(PrescriptionId.random(), consultation, consultation.prescriber(), client,
                    "Botulinum toxin type A 50 units", NOW);
        }

        @Override
        public IdCheck recordIdCheck(Caller caller, RecordIdCheckCommand command) {
            refuseIfAsked();
            return new IdCheck(IdCheckId.random(), client, caller.userId(), NOW, IdDocumentType.PASSPORT,
                    LocalDate.of(1990, 4, 15));
        }

        @Override
        public DoctorsDirection recordDirection(Caller caller, RecordDirectionCommand command) {
            refuseIfAsked();
            return new DoctorsDirection(client, TreatmentCategory.ANTI_WRINKLE, "Dr Ada Prescriber",
                    new PrescriberRegistration(RegisterBody.GMC, "1234567"), "Hyperhidrosis treatment",
                    caller.userId(), NOW);
        }

        @Override
        public ClientSafetyView safetyView(Caller caller, ClientId clientId) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    @DisplayName("a consultation and its prescription are each appended, inside the record's transaction, with ids "
            + "and codes only")
    void consultationAndPrescription() {
        AuditedConsultations audited = new AuditedConsultations(new Records(false), tx, audit);

        audited.record(prescriber, new RecordConsultationCommand(client, TreatmentCategory.ANTI_WRINKLE, doctor,
                ConsultationMode.FACE_TO_FACE, NOW));
        Prescription prescription = audited.prescribe(prescriber,
                new RecordPrescriptionCommand(client, consultation.id(), "Botulinum toxin type A 50 units"));

        assertThat(appended).containsExactly(
                "CONSULTATION_RECORDED client:" + client + " user:" + prescriber.userId()
                        + " {category=ANTI_WRINKLE, completedAt=" + NOW + ", consultation=" + consultation.id()
                        + ", mode=FACE_TO_FACE, prescriber=" + doctor + ", register=GMC}",
                "PRESCRIPTION_ISSUED client:" + client + " user:" + prescriber.userId() + " {consultation="
                        + consultation.id() + ", prescriber=" + doctor + ", prescription=" + prescription.id() + "}");
        assertThat(inTransaction).containsOnly(true);
        assertThat(String.join(" ", appended)).doesNotContain("Botulinum");
    }

    @Test
    @DisplayName("an ID check and a doctor's direction are appended without the date of birth or the medical reason")
    void idCheckAndDirection() {
        AuditedSafetyEvidence audited = new AuditedSafetyEvidence(new Records(false), tx, audit);

        IdCheck check = audited.recordIdCheck(prescriber, new RecordIdCheckCommand(client, IdDocumentType.PASSPORT,
                LocalDate.of(1990, 4, 15)));
        audited.recordDirection(prescriber, new RecordDirectionCommand(client, TreatmentCategory.ANTI_WRINKLE, doctor,
                "Hyperhidrosis treatment"));

        assertThat(appended).containsExactly(
                "ID_CHECK_RECORDED client:" + client + " user:" + prescriber.userId() + " {checkedAt=" + NOW
                        + ", documentType=PASSPORT, idCheck=" + check.id() + "}",
                "DOCTORS_DIRECTION_RECORDED client:" + client + " user:" + prescriber.userId()
                        + " {category=ANTI_WRINKLE, number=1234567, recordedAt=" + NOW + ", register=GMC}");
        assertThat(inTransaction).containsOnly(true);
        assertThat(String.join(" ", appended)).doesNotContain("1990").doesNotContain("Hyperhidrosis");
    }

    @Test
    @DisplayName("a refused record appends nothing")
    void refusedRecords() {
        Records refusing = new Records(true);
        AuditedConsultations consultations = new AuditedConsultations(refusing, tx, audit);
        AuditedSafetyEvidence evidence = new AuditedSafetyEvidence(refusing, tx, audit);

        assertThatThrownBy(() -> consultations.record(prescriber, new RecordConsultationCommand(client,
                TreatmentCategory.ANTI_WRINKLE, doctor, ConsultationMode.FACE_TO_FACE, NOW)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> consultations.prescribe(prescriber, new RecordPrescriptionCommand(client,
                consultation.id(), "x"))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> evidence.recordIdCheck(prescriber, new RecordIdCheckCommand(client,
                IdDocumentType.PASSPORT, LocalDate.of(1990, 4, 15)))).isInstanceOf(InvalidInputException.class);

        assertThat(appended).isEmpty();
    }
}
