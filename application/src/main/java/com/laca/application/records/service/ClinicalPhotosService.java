package com.laca.application.records.service;

import com.laca.application.consent.port.out.ConsentRecordRepository;
import com.laca.application.consent.port.out.DocumentKey;
import com.laca.application.consent.port.out.DocumentStore;
import com.laca.application.records.port.in.ClinicalPhotosUseCase;
import com.laca.application.records.port.in.PhotoContent;
import com.laca.application.records.port.in.PhotoUpload;
import com.laca.application.records.port.out.AccessAuditRepository;
import com.laca.application.records.port.out.ClinicalPhotoRepository;
import com.laca.application.records.port.out.PhotoProcessing;
import com.laca.application.records.port.out.PhotoProcessor;
import com.laca.application.records.port.out.ProcessedPhoto;
import com.laca.application.records.port.out.TreatmentRecordRepository;
import com.laca.application.shared.Caller;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.TransactionRunner;
import com.laca.domain.consent.ConsentRecord;
import com.laca.domain.consent.PhotoConsent;
import com.laca.domain.identity.Permission;
import com.laca.domain.records.AccessAuditEntry;
import com.laca.domain.records.AccessReason;
import com.laca.domain.records.AccessedRecord;
import com.laca.domain.records.AuditEntryId;
import com.laca.domain.records.ClinicalPhoto;
import com.laca.domain.records.PhotoFormat;
import com.laca.domain.records.PhotoId;
import com.laca.domain.records.PhotoKind;
import com.laca.domain.records.TreatmentChart;
import com.laca.domain.shared.AppointmentId;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Semaphore;

/**
 * Uploads and serves clinical photos. An upload is checked against the record in one short transaction, processed
 * (metadata stripped, re-encoded) and stored with no transaction open, then described in a second one; at most a few
 * uploads are decoded at once, because a decoded photo takes up to a few hundred megabytes of heap. A photo is taken
 * only with the client's consent to clinical photographs, given on the appointment's signed consent form and not
 * withdrawn; it is checked before a byte of the image is read.
 */
public final class ClinicalPhotosService implements ClinicalPhotosUseCase {

    private final TransactionRunner tx;
    private final TreatmentRecordRepository records;
    private final ClinicalPhotoRepository photos;
    private final AccessAuditRepository audit;
    private final ConsentRecordRepository consents;
    private final PhotoProcessor processor;
    private final DocumentStore store;
    private final Semaphore decoding;
    private final Clock clock;

    public ClinicalPhotosService(TransactionRunner tx, TreatmentRecordRepository records,
                                 ClinicalPhotoRepository photos, AccessAuditRepository audit,
                                 ConsentRecordRepository consents, PhotoProcessor processor, DocumentStore store,
                                 int concurrentUploads, Clock clock) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.records = Objects.requireNonNull(records, "records");
        this.photos = Objects.requireNonNull(photos, "photos");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.consents = Objects.requireNonNull(consents, "consents");
        this.processor = Objects.requireNonNull(processor, "processor");
        this.store = Objects.requireNonNull(store, "store");
        if (concurrentUploads < 1) {
            throw new IllegalArgumentException("at least one upload must be allowed at a time");
        }
        this.decoding = new Semaphore(concurrentUploads, true);
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public PhotoUpload upload(Caller caller, AppointmentId appointment, PhotoKind kind, InputStream content) {
        caller.require(Permission.CLIENTS_MANAGE);
        caller.require(Permission.CLINICAL_READ);
        TreatmentChart chart = tx.inTenant(caller.tenantId(), () -> records.chart(appointment)
                .orElseThrow(() -> new NotFoundException("treatment record", appointment)));
        if (!clinicalPhotosAgreed(caller, appointment)) {
            return new PhotoUpload.Refused(PhotoUpload.Reason.NO_CLINICAL_PHOTO_CONSENT, "The client has not agreed "
                    + "to clinical photographs for this treatment (the photograph question of their signed consent "
                    + "form), or has withdrawn that consent, so no photo can be kept.");
        }
        PhotoProcessing processing = processed(content);
        if (processing instanceof PhotoProcessing.Rejected rejected) {
            return new PhotoUpload.Refused(PhotoUpload.Reason.valueOf(rejected.reason().name()), rejected.detail());
        }
        ProcessedPhoto processed = ((PhotoProcessing.Accepted) processing).photo();
        PhotoId id = PhotoId.random();
        String name = "photos/" + id + (processed.format() == PhotoFormat.PNG ? ".png" : ".jpg");
        store.put(new DocumentKey(caller.tenantId(), name), processed.bytes());
        Instant now = clock.instant();
        ClinicalPhoto photo = new ClinicalPhoto(id, chart.original().context().client(), appointment, kind,
                processed.format(), processed.width(), processed.height(), processed.bytes().length,
                processed.sha256(), name, caller.userId(), now);
        tx.inTenant(caller.tenantId(), () -> {
            photos.add(photo);
            return null;
        });
        return new PhotoUpload.Stored(photo);
    }

    @Override
    public List<ClinicalPhoto> list(Caller caller, AppointmentId appointment, AccessReason reason) {
        caller.require(Permission.CLINICAL_READ);
        Instant now = clock.instant();
        return tx.inTenant(caller.tenantId(), () -> {
            List<ClinicalPhoto> described = photos.ofAppointment(appointment);
            described.forEach(photo -> audit.append(AccessAuditEntry.read(AuditEntryId.random(), caller.userId(),
                    photo.client(), AccessedRecord.PHOTO, photo.id().value(), reason, now)));
            return described;
        });
    }

    @Override
    public PhotoContent download(Caller caller, PhotoId photo, AccessReason reason) {
        caller.require(Permission.CLINICAL_READ);
        Instant now = clock.instant();
        ClinicalPhoto found = tx.inTenant(caller.tenantId(), () -> {
            ClinicalPhoto described = photos.find(photo).orElseThrow(() -> new NotFoundException("photo", photo));
            audit.append(AccessAuditEntry.read(AuditEntryId.random(), caller.userId(), described.client(),
                    AccessedRecord.PHOTO, described.id().value(), reason, now));
            return described;
        });
        byte[] bytes = store.get(new DocumentKey(caller.tenantId(), found.documentKey()))
                .orElseThrow(() -> new NotFoundException("photo", photo));
        return new PhotoContent(found, bytes);
    }

    /** The appointment's consent is signed, not withdrawn, and says yes to photographs for the clinical record. */
    private boolean clinicalPhotosAgreed(Caller caller, AppointmentId appointment) {
        return tx.inTenant(caller.tenantId(), () -> consents.forAppointment(appointment)
                .map(stored -> stored.record())
                .filter(record -> record.withdrawnAt().isEmpty())
                .flatMap(ConsentRecord::photos)
                .map(PhotoConsent::clinicalRecords)
                .orElse(false));
    }

    private PhotoProcessing processed(InputStream content) {
        try {
            decoding.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to process a photo", e);
        }
        try {
            return processor.process(content);
        } finally {
            decoding.release();
        }
    }
}
