package com.laca.adapter.persistence.records;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.domain.records.ClinicalPhoto;
import com.laca.domain.records.PhotoFormat;
import com.laca.domain.records.PhotoId;
import com.laca.domain.records.PhotoKind;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.UserId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A row of {@code clinical_photos}: one stored photo's description; the bytes are in the document store. */
@Entity
@Table(name = "clinical_photos")
class ClinicalPhotoJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "client_id")
    private String clientId;
    @Column(name = "appointment_id")
    private String appointmentId;
    @Column(name = "kind")
    private String kind;
    @Column(name = "format")
    private String format;
    @Column(name = "width")
    private int width;
    @Column(name = "height")
    private int height;
    @Column(name = "size_bytes")
    private long sizeBytes;
    @Column(name = "sha256")
    private String sha256;
    @Column(name = "document_key")
    private String documentKey;
    @Column(name = "uploaded_by")
    private String uploadedBy;
    @Column(name = "uploaded_at")
    private OffsetDateTime uploadedAt;

    protected ClinicalPhotoJpaEntity() {
    }

    ClinicalPhotoJpaEntity(ClinicalPhoto photo) {
        id = photo.id().toString();
        clientId = photo.client().toString();
        appointmentId = photo.appointment().toString();
        kind = photo.kind().name();
        format = photo.format().name();
        width = photo.width();
        height = photo.height();
        sizeBytes = photo.sizeBytes();
        sha256 = photo.sha256();
        documentKey = photo.documentKey();
        uploadedBy = photo.uploadedBy().toString();
        uploadedAt = Columns.timestamp(photo.uploadedAt());
    }

    ClinicalPhoto toDomain() {
        return new ClinicalPhoto(PhotoId.parse(id), ClientId.parse(clientId), AppointmentId.parse(appointmentId),
                PhotoKind.valueOf(kind), PhotoFormat.valueOf(format), width, height, sizeBytes, sha256, documentKey,
                UserId.parse(uploadedBy), Columns.instant(uploadedAt));
    }
}
