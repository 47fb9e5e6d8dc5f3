package com.laca.adapter.persistence.records;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.records.Correction;
import com.laca.domain.records.Signature;
import com.laca.domain.records.TreatmentContext;
import com.laca.domain.records.TreatmentRecord;
import com.laca.domain.records.TreatmentRecordId;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;

/** A row of {@code treatment_records}: one signed entry, inserted once and never updated. */
@Entity
@Table(name = "treatment_records")
class TreatmentRecordJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "appointment_id")
    private String appointmentId;
    @Column(name = "client_id")
    private String clientId;
    @Column(name = "practitioner_id")
    private String practitionerId;
    @Column(name = "category")
    private String category;
    @Column(name = "treated_on")
    private LocalDate treatedOn;
    @Column(name = "details")
    private String details;
    @Column(name = "signed_by")
    private String signedBy;
    @Column(name = "signed_at")
    private OffsetDateTime signedAt;
    @Column(name = "signed_by_user")
    private String signedByUser;
    @Column(name = "original_of")
    private String originalOf;
    @Column(name = "corrects_id")
    private String correctsId;
    @Column(name = "correction_reason")
    private String correctionReason;

    protected TreatmentRecordJpaEntity() {
    }

    TreatmentRecordJpaEntity(TreatmentRecord entry, UserId recordedBy) {
        TreatmentContext context = entry.context();
        id = entry.id().toString();
        appointmentId = context.appointment().toString();
        clientId = context.client().toString();
        practitionerId = context.practitioner().toString();
        category = context.category().name();
        treatedOn = context.treatedOn();
        details = TreatmentDetailsJson.write(entry.details());
        signedBy = entry.signature().by().toString();
        signedAt = Columns.timestamp(entry.signature().at());
        signedByUser = recordedBy.toString();
        originalOf = entry.isCorrection() ? null : appointmentId;
        correctsId = entry.correction().map(c -> c.corrects().toString()).orElse(null);
        correctionReason = entry.correction().map(Correction::reason).orElse(null);
    }

    String appointmentId() {
        return appointmentId;
    }

    TreatmentRecord toDomain() {
        return new TreatmentRecord(TreatmentRecordId.parse(id),
                new TreatmentContext(AppointmentId.parse(appointmentId), ClientId.parse(clientId),
                        PractitionerId.parse(practitionerId), TreatmentCategory.valueOf(category), treatedOn),
                TreatmentDetailsJson.read(details),
                new Signature(PractitionerId.parse(signedBy), Columns.instant(signedAt)),
                Optional.ofNullable(correctsId).map(corrects -> new Correction(TreatmentRecordId.parse(corrects),
                        correctionReason)));
    }
}
