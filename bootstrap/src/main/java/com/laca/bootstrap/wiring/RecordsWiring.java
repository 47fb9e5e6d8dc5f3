package com.laca.bootstrap.wiring;

import com.laca.adapter.documents.photo.ImageIoPhotoProcessor;
import com.laca.adapter.documents.store.FileSystemDocumentStore;
import com.laca.adapter.persistence.booking.JpaDeskRecordRepository;
import com.laca.adapter.persistence.consent.JpaConsentRecordRepository;
import com.laca.adapter.persistence.records.JpaAccessAuditRepository;
import com.laca.adapter.persistence.records.JpaClientAppointmentHistory;
import com.laca.adapter.persistence.records.JpaClientProfileRepository;
import com.laca.adapter.persistence.records.JpaClinicalPhotoRepository;
import com.laca.adapter.persistence.records.JpaClinicalRecordPurgeRepository;
import com.laca.adapter.persistence.records.JpaErasureRequestRepository;
import com.laca.adapter.persistence.records.JpaLegalHoldRepository;
import com.laca.adapter.persistence.records.JpaStaffNoteRepository;
import com.laca.adapter.persistence.records.JpaTreatmentRecordRepository;
import com.laca.adapter.persistence.safety.JpaClinicalRecordRepository;
import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaPersistence;
import com.laca.application.identity.port.out.StaffAccountRepository;
import com.laca.application.records.port.in.AccessAuditUseCase;
import com.laca.application.records.port.in.ClientNotesUseCase;
import com.laca.application.records.port.in.ClinicalPhotosUseCase;
import com.laca.application.records.port.in.EditClientUseCase;
import com.laca.application.records.port.in.EraseClientUseCase;
import com.laca.application.records.port.in.LegalHoldsUseCase;
import com.laca.application.records.port.in.FindClientsUseCase;
import com.laca.application.records.port.in.MergeClientsUseCase;
import com.laca.application.records.port.in.PurgeExpiredClinicalRecordsUseCase;
import com.laca.application.records.port.in.SubjectAccessExportUseCase;
import com.laca.application.records.port.in.TreatmentRecordsUseCase;
import com.laca.application.records.port.out.AccessAuditRepository;
import com.laca.application.records.port.out.ClientProfileRepository;
import com.laca.application.records.port.out.PhotoLimits;
import com.laca.application.records.service.AccessAuditService;
import com.laca.application.records.service.ClientNotesService;
import com.laca.application.records.service.ClinicalPhotosService;
import com.laca.application.records.service.EditClientService;
import com.laca.application.records.service.EraseClientService;
import com.laca.application.records.service.LegalHoldsService;
import com.laca.application.records.service.FindClientsService;
import com.laca.application.records.service.MergeClientsService;
import com.laca.application.records.service.PurgeExpiredClinicalRecordsService;
import com.laca.application.records.service.RecordHoldingsReader;
import com.laca.application.records.service.SubjectAccessExportService;
import com.laca.application.records.service.TreatmentRecordsService;
import com.laca.application.shared.TransactionRunner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The client-records area: client profiles and their history over JPA (the same clients a booking finds or creates),
 * staff notes and the access audit, and the services that search, edit, archive, merge and annotate them, sign
 * treatment records (as the caller's own practitioner), take clinical photos (with the client's consent) and answer a
 * subject-access request; and the retention job that purges clinical records past their retention date.
 */
@ApplicationScoped
public class RecordsWiring {

    private FindClientsService find;
    private EditClientService edit;
    private MergeClientsService merge;
    private ClientNotesService notes;
    private AccessAuditService audit;
    private TreatmentRecordsService treatmentRecords;
    private ClinicalPhotosService photos;
    private SubjectAccessExportService exports;
    private EraseClientService erase;
    private LegalHoldsService legalHolds;
    private PurgeExpiredClinicalRecordsService purge;

    RecordsWiring() {
        // for the CDI proxy
    }

    @Inject
    RecordsWiring(CurrentEntityManager current, JpaPersistence persistence, TransactionRunner tx, Clock clock,
                  @ConfigProperty(name = "laca.data.dir") String dataDir,
                  @ConfigProperty(name = "laca.photos.max-bytes", defaultValue = "20971520") long photoMaxBytes,
                  @ConfigProperty(name = "laca.photos.max-width", defaultValue = "10000") int photoMaxWidth,
                  @ConfigProperty(name = "laca.photos.max-height", defaultValue = "10000") int photoMaxHeight,
                  @ConfigProperty(name = "laca.photos.max-pixels", defaultValue = "25000000") long photoMaxPixels,
                  @ConfigProperty(name = "laca.photos.concurrent-uploads", defaultValue = "2") int uploads,
                  @ConfigProperty(name = "laca.documents.root") Optional<String> documentsRoot,
                  StaffAccountRepository accounts) {
        ClientProfileRepository profiles = new JpaClientProfileRepository(current, clock);
        find = new FindClientsService(tx, profiles, new JpaClientAppointmentHistory(current));
        edit = new EditClientService(tx, profiles, clock);
        AccessAuditRepository accessAudit = new JpaAccessAuditRepository(current);
        notes = new ClientNotesService(tx, profiles, new JpaStaffNoteRepository(current), accessAudit, clock);
        audit = new AccessAuditService(tx, profiles, accessAudit);
        JpaTreatmentRecordRepository charts = new JpaTreatmentRecordRepository(current);
        treatmentRecords = new TreatmentRecordsService(tx, profiles, new JpaClientAppointmentHistory(current), charts,
                accessAudit, accounts, clock);
        // the records area's own document store instance (not a CDI bean, so it cannot clash with another area's);
        // consent documents are under the same root, so the export reads both through it
        FileSystemDocumentStore documents = new FileSystemDocumentStore(DocumentsFolder.of(dataDir, documentsRoot));
        JpaClinicalPhotoRepository clinicalPhotos = new JpaClinicalPhotoRepository(current);
        JpaConsentRecordRepository consents = new JpaConsentRecordRepository(current);
        photos = new ClinicalPhotosService(tx, charts, clinicalPhotos, accessAudit, consents,
                new ImageIoPhotoProcessor(new PhotoLimits(photoMaxBytes, photoMaxWidth, photoMaxHeight,
                        photoMaxPixels)), documents, uploads, clock);
        exports = new SubjectAccessExportService(tx, profiles, new JpaStaffNoteRepository(current),
                new JpaClientAppointmentHistory(current), new JpaDeskRecordRepository(current), charts,
                clinicalPhotos, consents,
                new JpaClinicalRecordRepository(current), accessAudit, documents, clock);
        RecordHoldingsReader holdings = new RecordHoldingsReader(profiles, new JpaStaffNoteRepository(current),
                new JpaClientAppointmentHistory(current), charts, clinicalPhotos, consents,
                new JpaClinicalRecordRepository(current), accessAudit);
        erase = new EraseClientService(tx, profiles, new JpaStaffNoteRepository(current), holdings,
                new JpaLegalHoldRepository(current), new JpaErasureRequestRepository(current), clock);
        JpaClinicalRecordPurgeRepository purges = new JpaClinicalRecordPurgeRepository(persistence, current);
        merge = new MergeClientsService(tx, profiles, purges, clock);
        legalHolds = new LegalHoldsService(tx, profiles, new JpaLegalHoldRepository(current), purges, clock);
        purge = new PurgeExpiredClinicalRecordsService(tx, profiles, holdings, new JpaLegalHoldRepository(current),
                new JpaErasureRequestRepository(current), purges, documents, clock);
    }

    @Produces
    LegalHoldsUseCase legalHolds() {
        return legalHolds;
    }

    @Produces
    PurgeExpiredClinicalRecordsUseCase purgeExpiredClinicalRecords() {
        return purge;
    }

    @Produces
    EraseClientUseCase eraseClient() {
        return erase;
    }

    @Produces
    FindClientsUseCase findClients() {
        return find;
    }

    @Produces
    EditClientUseCase editClient() {
        return edit;
    }

    @Produces
    MergeClientsUseCase mergeClients() {
        return merge;
    }

    @Produces
    ClientNotesUseCase clientNotes() {
        return notes;
    }

    @Produces
    AccessAuditUseCase accessAudit() {
        return audit;
    }

    @Produces
    TreatmentRecordsUseCase treatmentRecords() {
        return treatmentRecords;
    }

    @Produces
    ClinicalPhotosUseCase clinicalPhotos() {
        return photos;
    }

    @Produces
    SubjectAccessExportUseCase subjectAccessExports() {
        return exports;
    }
}
