package com.laca.adapter.persistence.safety;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.safety.DoctorsDirection;
import com.laca.domain.safety.PrescriberRegistration;
import com.laca.domain.safety.RegisterBody;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A row of {@code doctors_directions}, written once; the doctor's name and registration are kept as they were on the
 * day, so the record still shows who directed the treatment.
 */
@Entity
@Table(name = "doctors_directions")
class DoctorsDirectionJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "client_id", length = 36)
    private String clientId;
    @Column(name = "category")
    private String category;
    @Column(name = "doctor_name")
    private String doctorName;
    @Column(name = "register_body")
    private String registerBody;
    @Column(name = "registration_number")
    private String registrationNumber;
    @Column(name = "reason")
    private String reason;
    @Column(name = "recorded_by", length = 36)
    private String recordedBy;
    @Column(name = "recorded_at")
    private OffsetDateTime recordedAt;

    protected DoctorsDirectionJpaEntity() {
    }

    DoctorsDirectionJpaEntity(DoctorsDirection direction) {
        id = UUID.randomUUID().toString();
        clientId = direction.client().toString();
        category = direction.category().name();
        doctorName = direction.doctorName();
        registerBody = direction.doctor().body().name();
        registrationNumber = direction.doctor().number();
        reason = direction.reason();
        recordedBy = direction.recordedBy().toString();
        recordedAt = Columns.timestamp(direction.recordedAt());
    }

    String id() {
        return id;
    }

    DoctorsDirection toDomain() {
        return new DoctorsDirection(ClientId.parse(clientId), TreatmentCategory.valueOf(category), doctorName,
                new PrescriberRegistration(RegisterBody.valueOf(registerBody), registrationNumber), reason,
                UserId.parse(recordedBy), Columns.instant(recordedAt));
    }
}
