package com.laca.adapter.persistence.consent;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.application.consent.port.out.ConsentDocument;
import com.laca.application.consent.port.out.DocumentKey;
import com.laca.application.consent.port.out.StoredConsent;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.consent.ClientSignature;
import com.laca.domain.consent.ConsentId;
import com.laca.domain.consent.ConsentRecord;
import com.laca.domain.consent.ConsentTemplateId;
import com.laca.domain.consent.Countersignature;
import com.laca.domain.consent.CourseId;
import com.laca.domain.consent.DocumentDigest;
import com.laca.domain.consent.PhotoConsent;
import com.laca.domain.consent.SignatureImage;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * A row of {@code consents}: one appointment's consent record, with the drawn signature as base64 and, once archived,
 * the document's key and SHA-256.
 */
@Entity
@Table(name = "consents")
class ConsentJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "appointment_id", length = 36)
    private String appointmentId;
    @Column(name = "client_id", length = 36)
    private String clientId;
    @Column(name = "course_id", length = 36)
    private String courseId;
    @Column(name = "category")
    private String category;
    @Column(name = "jurisdiction")
    private String jurisdiction;
    @Column(name = "template_id", length = 36)
    private String templateId;
    @Column(name = "template_version")
    private int templateVersion;
    @Column(name = "information_given_at")
    private OffsetDateTime informationGivenAt;
    @Column(name = "typed_name")
    private String typedName;
    @Column(name = "signature_png", length = 280_000)
    private String signaturePng;
    @Column(name = "signed_at")
    private OffsetDateTime signedAt;
    @Column(name = "ip_address")
    private String ipAddress;
    @Column(name = "user_agent")
    private String userAgent;
    @Column(name = "photo_clinical")
    private Boolean photoClinical;
    @Column(name = "photo_marketing")
    private Boolean photoMarketing;
    @Column(name = "countersigned_by", length = 36)
    private String countersignedBy;
    @Column(name = "countersigner_name")
    private String countersignerName;
    @Column(name = "countersign_capacity")
    private String countersignCapacity;
    @Column(name = "countersigned_at")
    private OffsetDateTime countersignedAt;
    @Column(name = "withdrawn_at")
    private OffsetDateTime withdrawnAt;
    @Column(name = "document_key")
    private String documentKey;
    @Column(name = "document_sha256")
    private String documentSha256;
    @Column(name = "document_media_type")
    private String documentMediaType;
    @Column(name = "row_version")
    private long rowVersion;

    protected ConsentJpaEntity() {
    }

    ConsentJpaEntity(AppointmentId appointment, ConsentRecord record) {
        id = record.id().toString();
        appointmentId = appointment.toString();
        copyFrom(record);
        rowVersion = 0;
    }

    String appointmentId() {
        return appointmentId;
    }

    long rowVersion() {
        return rowVersion;
    }

    void copyFrom(ConsentRecord record) {
        clientId = record.client().toString();
        courseId = record.course().toString();
        category = record.category().name();
        jurisdiction = record.jurisdiction();
        templateId = record.template().toString();
        templateVersion = record.templateVersion();
        informationGivenAt = Columns.timestamp(record.informationGivenAt());
        ClientSignature signature = record.signature().orElse(null);
        typedName = signature == null ? null : signature.typedName();
        signaturePng = signature == null ? null : Base64.getEncoder().encodeToString(signature.image().png());
        signedAt = signature == null ? null : Columns.timestamp(signature.signedAt());
        ipAddress = signature == null ? null : signature.ipAddress();
        userAgent = signature == null ? null : signature.userAgent();
        photoClinical = record.photos().map(PhotoConsent::clinicalRecords).orElse(null);
        photoMarketing = record.photos().map(PhotoConsent::marketing).orElse(null);
        Countersignature counter = record.countersignature().orElse(null);
        countersignedBy = counter == null ? null : counter.practitioner().toString();
        countersignerName = counter == null ? null : counter.name();
        countersignCapacity = counter == null ? null : counter.capacity().name();
        countersignedAt = counter == null ? null : Columns.timestamp(counter.at());
        withdrawnAt = record.withdrawnAt().map(Columns::timestamp).orElse(null);
        rowVersion++;
    }

    void document(ConsentDocument document) {
        documentKey = document.key().name();
        documentSha256 = document.digest().hex();
        documentMediaType = document.mediaType();
        rowVersion++;
    }

    StoredConsent toStored(TenantId tenant) {
        Optional<ClientSignature> signature = Optional.ofNullable(typedName).map(name -> new ClientSignature(name,
                SignatureImage.of(Base64.getDecoder().decode(signaturePng)).accepted().orElseThrow(
                        () -> new IllegalStateException("a stored signature image no longer reads as one")),
                Columns.instant(signedAt), ipAddress, userAgent, templateVersion));
        Optional<PhotoConsent> photos = signature.map(s -> new PhotoConsent(photoClinical, photoMarketing));
        Optional<Countersignature> counter = Optional.ofNullable(countersignedBy).map(by -> new Countersignature(
                PractitionerId.parse(by), countersignerName, Countersignature.Capacity.valueOf(countersignCapacity),
                Columns.instant(countersignedAt)));
        ConsentRecord record = new ConsentRecord(ConsentId.parse(id), ClientId.parse(clientId),
                CourseId.parse(courseId), TreatmentCategory.valueOf(category), jurisdiction,
                ConsentTemplateId.parse(templateId), templateVersion, Columns.instant(informationGivenAt), signature,
                photos, counter, Optional.ofNullable(withdrawnAt).map(Columns::instant));
        Optional<ConsentDocument> document = Optional.ofNullable(documentKey).map(key -> new ConsentDocument(
                new DocumentKey(tenant, key), new DocumentDigest(documentSha256), documentMediaType));
        return new StoredConsent(record, new AppointmentId(UUID.fromString(appointmentId)), document, rowVersion);
    }
}
