package com.laca.adapter.persistence.academy;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.domain.academy.CaseLogEntryId;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.ProfessionalRegistration;
import com.laca.domain.academy.RegulatoryBody;
import com.laca.domain.academy.Verification;
import com.laca.domain.academy.practice.CaseLogEntry;
import com.laca.domain.academy.practice.Modality;
import com.laca.domain.academy.practice.PatientReference;
import com.laca.domain.academy.practice.SignOffDecision;
import com.laca.domain.academy.practice.SupervisorSignOff;
import com.laca.domain.shared.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Optional;

/**
 * A row of {@code academy_case_log}: one logged case and, once decided, the supervisor's sign-off with the
 * registration they signed under as it stood then.
 */
@Entity
@Table(name = "academy_case_log")
class CaseLogJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "trainee_id")
    private String traineeId;
    @Column(name = "course_id")
    private String courseId;
    @Column(name = "modality")
    private String modality;
    @Column(name = "procedure_done")
    private String procedure;
    @Column(name = "performed_at")
    private OffsetDateTime performedAt;
    @Column(name = "patient_reference")
    private String patientReference;
    @Column(name = "consent_ticked")
    private String consentTicked;
    @Column(name = "consultation_ticked")
    private String consultationTicked;
    @Column(name = "reflection")
    private String reflection;
    @Column(name = "supervisor_id")
    private String supervisorId;
    @Column(name = "supervisor_body")
    private String supervisorBody;
    @Column(name = "supervisor_number")
    private String supervisorNumber;
    @Column(name = "supervisor_verified_by")
    private String supervisorVerifiedBy;
    @Column(name = "supervisor_verified_at")
    private OffsetDateTime supervisorVerifiedAt;
    @Column(name = "decision")
    private String decision;
    @Column(name = "signed_at")
    private OffsetDateTime signedAt;
    @Column(name = "sign_off_comment")
    private String signOffComment;
    @Version
    @Column(name = "version")
    private long version;

    protected CaseLogJpaEntity() {
    }

    CaseLogJpaEntity(CaseLogEntry entry) {
        id = entry.id().toString();
        traineeId = entry.trainee().toString();
        courseId = entry.course().toString();
        modality = entry.modality().name();
        procedure = entry.procedure();
        performedAt = Columns.timestamp(entry.performedAt());
        patientReference = entry.patient().value();
        consentTicked = Columns.codes(entry.consentTicked());
        consultationTicked = Columns.codes(entry.consultationTicked());
        reflection = entry.reflection().orElse(null);
        copySignOff(entry);
    }

    String traineeId() {
        return traineeId;
    }

    String courseId() {
        return courseId;
    }

    /** Writes the supervisor's decision, the only part of a case that changes. */
    void copySignOff(CaseLogEntry entry) {
        Optional<SupervisorSignOff> signOff = entry.signOff();
        supervisorId = signOff.map(s -> s.supervisor().toString()).orElse(null);
        supervisorBody = signOff.map(s -> s.registration().body().name()).orElse(null);
        supervisorNumber = signOff.map(s -> s.registration().number()).orElse(null);
        Optional<Verification> verification = signOff.flatMap(s -> s.registration().verification());
        supervisorVerifiedBy = verification.map(v -> v.verifiedBy().toString()).orElse(null);
        supervisorVerifiedAt = verification.map(v -> Columns.timestamp(v.verifiedAt())).orElse(null);
        decision = signOff.map(s -> s.decision().name()).orElse(null);
        signedAt = signOff.map(s -> Columns.timestamp(s.signedAt())).orElse(null);
        signOffComment = signOff.flatMap(SupervisorSignOff::comment).orElse(null);
    }

    CaseLogEntry toDomain() {
        Optional<SupervisorSignOff> signOff = Optional.ofNullable(decision).map(decided -> new SupervisorSignOff(
                UserId.parse(supervisorId), new ProfessionalRegistration(RegulatoryBody.valueOf(supervisorBody),
                supervisorNumber, Optional.ofNullable(supervisorVerifiedBy).map(by -> new Verification(
                UserId.parse(by), Columns.instant(supervisorVerifiedAt)))), SignOffDecision.valueOf(decided),
                Columns.instant(signedAt), Optional.ofNullable(signOffComment)));
        return new CaseLogEntry(CaseLogEntryId.parse(id), UserId.parse(traineeId), CourseId.parse(courseId),
                Modality.valueOf(modality), procedure, Columns.instant(performedAt),
                new PatientReference(patientReference), new HashSet<>(Columns.codes(consentTicked)),
                new HashSet<>(Columns.codes(consultationTicked)), Optional.ofNullable(reflection), signOff);
    }
}
