package com.laca.adapter.persistence.safety;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.safety.Consultation;
import com.laca.domain.safety.ConsultationId;
import com.laca.domain.safety.ConsultationMode;
import com.laca.domain.safety.Prescriber;
import com.laca.domain.safety.PrescriberRegistration;
import com.laca.domain.safety.RegisterBody;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.PractitionerId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A row of {@code prescriber_consultations}, written once; the prescriber's name and registration are kept as they
 * were on the day, so the record still shows who was accountable after a registration changes.
 */
@Entity
@Table(name = "prescriber_consultations")
class ConsultationJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "client_id", length = 36)
    private String clientId;
    @Column(name = "category")
    private String category;
    @Column(name = "prescriber_id", length = 36)
    private String prescriberId;
    @Column(name = "prescriber_name")
    private String prescriberName;
    @Column(name = "register_body")
    private String registerBody;
    @Column(name = "registration_number")
    private String registrationNumber;
    @Column(name = "mode")
    private String mode;
    @Column(name = "completed_at")
    private OffsetDateTime completedAt;

    protected ConsultationJpaEntity() {
    }

    ConsultationJpaEntity(Consultation consultation) {
        id = consultation.id().value().toString();
        clientId = consultation.client().toString();
        category = consultation.category().name();
        prescriberId = consultation.prescriber().practitioner().toString();
        prescriberName = consultation.prescriber().name();
        registerBody = consultation.prescriber().registration().body().name();
        registrationNumber = consultation.prescriber().registration().number();
        mode = consultation.mode().name();
        completedAt = Columns.timestamp(consultation.completedAt());
    }

    Consultation toDomain() {
        return new Consultation(new ConsultationId(UUID.fromString(id)), ClientId.parse(clientId),
                TreatmentCategory.valueOf(category), new Prescriber(PractitionerId.parse(prescriberId),
                prescriberName, new PrescriberRegistration(RegisterBody.valueOf(registerBody), registrationNumber)),
                ConsultationMode.valueOf(mode), Columns.instant(completedAt));
    }
}
