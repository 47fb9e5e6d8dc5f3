package com.laca.application.records.service;

import static com.laca.application.records.service.RecordsTestPorts.directTransactions;
import static org.assertj.core.api.Assertions.assertThat;

import com.laca.application.consent.port.out.ConsentDocument;
import com.laca.application.consent.port.out.ConsentRecordRepository;
import com.laca.application.consent.port.out.DocumentKey;
import com.laca.application.consent.port.out.DocumentStore;
import com.laca.application.consent.port.out.StoredConsent;
import com.laca.application.records.port.in.PhotoUpload;
import com.laca.application.records.port.out.AccessAuditRepository;
import com.laca.application.records.port.out.ClinicalPhotoRepository;
import com.laca.application.records.port.out.PhotoProcessing;
import com.laca.application.records.port.out.ProcessedPhoto;
import com.laca.application.records.port.out.TreatmentRecordRepository;
import com.laca.application.shared.Caller;
import com.laca.domain.booking.AppointmentStatus;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.consent.ClientSignature;
import com.laca.domain.consent.ConsentId;
import com.laca.domain.consent.ConsentRecord;
import com.laca.domain.consent.ConsentTemplateId;
import com.laca.domain.consent.CourseId;
import com.laca.domain.consent.PhotoConsent;
import com.laca.domain.consent.SignatureImage;
import com.laca.domain.identity.Role;
import com.laca.domain.records.AccessAuditEntry;
import com.laca.domain.records.AccessReason;
import com.laca.domain.records.AccessedRecord;
import com.laca.domain.records.ClinicalPhoto;
import com.laca.domain.records.LotNumber;
import com.laca.domain.records.PhotoFormat;
import com.laca.domain.records.PhotoId;
import com.laca.domain.records.PhotoKind;
import com.laca.domain.records.SigningResult;
import com.laca.domain.records.TreatedAppointment;
import com.laca.domain.records.TreatmentChart;
import com.laca.domain.records.TreatmentDetails;
import com.laca.domain.records.TreatmentRecord;
import com.laca.domain.records.TreatmentRecordId;
import com.laca.domain.records.TreatmentRecordSigning;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.UserId;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A clinical photo is kept only with the client's consent to clinical photographs, and every listing is "
        + "audited")
class ClinicalPhotosServiceTest {

    private static final TenantId CLINIC = TenantId.random();
    private static final Caller NURSE = new Caller(UserId.random(), CLINIC, Set.of(Role.PRACTITIONER));
    private static final Instant NOW = Instant.parse("2026-06-10T12:00:00Z");

    private final ClientId client = ClientId.random();
    private final AppointmentId appointment = AppointmentId.random();
    private final Map<AppointmentId, StoredConsent> consents = new HashMap<>();
    private final List<ClinicalPhoto> photos = new ArrayList<>();
    private final List<AccessAuditEntry> audit = new ArrayList<>();
    private final Map<DocumentKey, byte[]> documents = new HashMap<>();
    private int processed;
    private final ClinicalPhotosService service = new ClinicalPhotosService(directTransactions(), new Records(),
            new Photos(), new Audit(), new Consents(), upload -> {
                processed++;
                return new PhotoProcessing.Accepted(new ProcessedPhoto(PhotoFormat.JPEG, new byte[] {1, 2, 3}, 64,
                        48, "0".repeat(64)));
            }, new Documents(), 1, Clock.fixed(NOW, ZoneOffset.UTC));

    private void consentTo(boolean clinicalPhotos, boolean marketingPhotos, Optional<Instant> withdrawn) {
        ClientSignature signature = new ClientSignature("Client", SignatureImage.of(png()).accepted().orElseThrow(),
                NOW.minusSeconds(7200), "127.0.0.1", "test", 1);
        ConsentRecord record = new ConsentRecord(ConsentId.random(), client, new CourseId(UUID.randomUUID()),
                TreatmentCategory.CHEMICAL_PEEL, "GB-ENG", ConsentTemplateId.random(), 1, NOW.minusSeconds(9000),
                Optional.of(signature), Optional.of(new PhotoConsent(clinicalPhotos, marketingPhotos)),
                Optional.empty(), withdrawn);
        consents.put(appointment, new StoredConsent(record, appointment, Optional.empty(), 1));
    }

    private PhotoUpload upload() {
        return service.upload(NURSE, appointment, PhotoKind.BEFORE, new ByteArrayInputStream(new byte[] {1}));
    }

    @Test
    @DisplayName("with no consent on file, the upload is refused before the image is read, and nothing is stored")
    void noConsent() {
        assertThat(upload()).isInstanceOfSatisfying(PhotoUpload.Refused.class, refused -> {
            assertThat(refused.reason()).isEqualTo(PhotoUpload.Reason.NO_CLINICAL_PHOTO_CONSENT);
            assertThat(refused.detail()).contains("clinical photographs");
        });
        assertThat(processed).isZero();
        assertThat(photos).isEmpty();
        assertThat(documents).isEmpty();
    }

    @Test
    @DisplayName("a consent that said no to clinical photographs refuses, even with yes to marketing ones")
    void saidNo() {
        consentTo(false, true, Optional.empty());

        assertThat(upload()).isInstanceOf(PhotoUpload.Refused.class);
        assertThat(photos).isEmpty();
    }

    @Test
    @DisplayName("a withdrawn consent refuses at once")
    void withdrawn() {
        consentTo(true, false, Optional.of(NOW.minusSeconds(60)));

        assertThat(upload()).isInstanceOf(PhotoUpload.Refused.class);
        assertThat(photos).isEmpty();
    }

    @Test
    @DisplayName("yes to clinical photographs stores the photo; listing it writes one PHOTO audit entry per photo")
    void consentedAndListed() {
        consentTo(true, false, Optional.empty());

        assertThat(upload()).isInstanceOf(PhotoUpload.Stored.class);
        List<ClinicalPhoto> listed = service.list(NURSE, appointment, AccessReason.CLINICAL_REVIEW);

        assertThat(listed).hasSize(1);
        assertThat(audit).singleElement().satisfies(entry -> {
            assertThat(entry.accessed()).isEqualTo(AccessedRecord.PHOTO);
            assertThat(entry.recordId()).contains(listed.get(0).id().value());
            assertThat(entry.client()).isEqualTo(client);
            assertThat(entry.reason()).isEqualTo(AccessReason.CLINICAL_REVIEW);
        });
    }

    private static byte[] png() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(new BufferedImage(200, 60, BufferedImage.TYPE_INT_ARGB), "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private final class Records implements TreatmentRecordRepository {
        @Override
        public void add(TreatmentRecord entry, UserId recordedBy) {
            throw new UnsupportedOperationException("read only here");
        }

        @Override
        public Optional<TreatmentChart> chart(AppointmentId id) {
            PractitionerId practitioner = PractitionerId.random();
            TreatedAppointment treated = new TreatedAppointment(id, client, practitioner, AppointmentStatus.COMPLETED,
                    TreatmentCategory.CHEMICAL_PEEL, LocalDate.of(2026, 6, 10));
            SigningResult signed = TreatmentRecordSigning.signOriginal(TreatmentRecordId.random(), treated.context(),
                    treated.status(), new TreatmentDetails(List.of(), Optional.empty(), Optional.empty(), List.of(),
                            Optional.empty()), practitioner, NOW);
            return Optional.of(new TreatmentChart(List.of(((SigningResult.Signed) signed).record())));
        }

        @Override
        public List<TreatmentChart> chartsOf(Collection<ClientId> clients) {
            return List.of();
        }

        @Override
        public List<TreatmentRecord> currentWithLot(LotNumber lot, LocalDate from, LocalDate to) {
            return List.of();
        }
    }

    private final class Photos implements ClinicalPhotoRepository {
        @Override
        public void add(ClinicalPhoto photo) {
            photos.add(photo);
        }

        @Override
        public Optional<ClinicalPhoto> find(PhotoId photo) {
            return photos.stream().filter(p -> p.id().equals(photo)).findFirst();
        }

        @Override
        public List<ClinicalPhoto> ofAppointment(AppointmentId id) {
            return photos.stream().filter(p -> p.appointment().equals(id)).toList();
        }

        @Override
        public List<ClinicalPhoto> ofClients(Collection<ClientId> clients) {
            throw new UnsupportedOperationException("not asked here");
        }
    }

    private final class Audit implements AccessAuditRepository {
        @Override
        public void append(AccessAuditEntry entry) {
            audit.add(entry);
        }

        @Override
        public List<AccessAuditEntry> ofClient(ClientId id) {
            return List.copyOf(audit);
        }

        @Override
        public boolean anyAbout(Collection<ClientId> clients) {
            throw new UnsupportedOperationException("not asked here");
        }
    }

    private final class Consents implements ConsentRecordRepository {
        @Override
        public Optional<StoredConsent> forAppointment(AppointmentId id) {
            return Optional.ofNullable(consents.get(id));
        }

        @Override
        public Optional<StoredConsent> find(ConsentId id) {
            return consents.values().stream().filter(s -> s.record().id().equals(id)).findFirst();
        }

        @Override
        public List<ConsentRecord> ofClient(ClientId id) {
            return consents.values().stream().map(StoredConsent::record).toList();
        }

        @Override
        public void insert(AppointmentId id, ConsentRecord record) {
            throw new UnsupportedOperationException("read only here");
        }

        @Override
        public void update(ConsentRecord record, long expectedVersion) {
            throw new UnsupportedOperationException("read only here");
        }

        @Override
        public void recordDocument(ConsentId id, ConsentDocument document) {
            throw new UnsupportedOperationException("read only here");
        }
    }

    private final class Documents implements DocumentStore {
        @Override
        public void put(DocumentKey key, byte[] content) {
            documents.put(key, content);
        }

        @Override
        public Optional<byte[]> get(DocumentKey key) {
            return Optional.ofNullable(documents.get(key));
        }

        @Override
        public void delete(DocumentKey key) {
            documents.remove(key);
        }
    }
}
