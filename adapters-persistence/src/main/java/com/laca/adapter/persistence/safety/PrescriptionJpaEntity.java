package com.laca.adapter.persistence.safety;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.domain.safety.Consultation;
import com.laca.domain.safety.Prescription;
import com.laca.domain.safety.PrescriptionId;
import com.laca.domain.shared.ClientId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/**
 * A row of {@code prescriptions}, written once; it points at its consultation, whose row keeps the prescriber as they
 * were on the day, so the link consultation–prescriber–client is stored once.
 */
@Entity
@Table(name = "prescriptions")
class PrescriptionJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "client_id", length = 36)
    private String clientId;
    @Column(name = "consultation_id", length = 36)
    private String consultationId;
    @Column(name = "product")
    private String product;
    @Column(name = "issued_at")
    private OffsetDateTime issuedAt;

    protected PrescriptionJpaEntity() {
    }

    PrescriptionJpaEntity(Prescription prescription) {
        id = prescription.id().value().toString();
        clientId = prescription.client().toString();
        consultationId = prescription.consultation().id().value().toString();
        product = prescription.product();
        issuedAt = Columns.timestamp(prescription.issuedAt());
    }

    String consultationId() {
        return consultationId;
    }

    Prescription toDomain(Consultation consultation) {
        return new Prescription(PrescriptionId.parse(id), consultation, consultation.prescriber(),
                ClientId.parse(clientId), product, Columns.instant(issuedAt));
    }
}
