package com.laca.adapter.rest.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.application.records.port.in.SubjectAccessExport;
import com.laca.domain.booking.AppointmentNote;
import com.laca.domain.booking.CancellationRecord;
import com.laca.domain.records.AccessAuditEntry;
import com.laca.domain.records.AccessReason;
import com.laca.domain.records.AuditEntryId;
import com.laca.domain.records.ClientProfile;
import com.laca.domain.records.ClinicalPhoto;
import com.laca.domain.records.ContactPreferences;
import com.laca.domain.records.PhotoFormat;
import com.laca.domain.records.PhotoId;
import com.laca.domain.records.PhotoKind;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.UserId;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A subject-access archive is a ZIP of record.json, the photos and a README, each file named in the JSON")
class SubjectAccessArchiveTest {

    private static final Instant NOW = Instant.parse("2026-06-10T12:00:00Z");

    @Test
    @DisplayName("streamed after the export, reading each file as it is written: the photo's bytes are in photos/ under the path record.json gives; a missing file is said to be "
            + "missing; the desk's notes and cancellations are in record.json; the export entry is listed in the audit")
    void archiveHoldsWhatTheJsonNames() throws IOException {
        ClientId client = ClientId.random();
        ClientProfile profile = ClientProfile.create(client, TenantId.random(), "Zoë", "O'Brien",
                LocalDate.of(1990, 4, 15), Optional.of(new EmailAddress("zoe@example.com")), Optional.empty(),
                new ContactPreferences(true, false, false));
        AppointmentId appointment = AppointmentId.random();
        ClinicalPhoto stored = photo(client, appointment);
        ClinicalPhoto lost = photo(client, appointment);
        UserId owner = UserId.random();
        java.util.concurrent.atomic.AtomicInteger reads = new java.util.concurrent.atomic.AtomicInteger();
        AppointmentNote note = new AppointmentNote(java.util.UUID.randomUUID(), appointment, "bring photo ID", owner,
                NOW);
        CancellationRecord cancelled = CancellationRecord.byClient(appointment, NOW);
        SubjectAccessExport export = new SubjectAccessExport(profile, List.of(), List.of(), List.of(), List.of(),
                List.of(note), List.of(cancelled), List.of(),
                List.of(new SubjectAccessExport.Photo(stored, () -> {
                            reads.incrementAndGet();
                            return Optional.of(new byte[] {1, 2, 3});
                        }),
                        new SubjectAccessExport.Photo(lost, Optional::empty)), List.of(),
                new SubjectAccessExport.Safety(List.of(), List.of(), List.of(), List.of(), List.of(), List.of()),
                List.of(AccessAuditEntry.export(AuditEntryId.random(), owner, client,
                        AccessReason.SUBJECT_ACCESS_REQUEST, NOW)), owner, NOW);

        assertThat(reads).as("nothing is read before the archive is written").hasValue(0);
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        SubjectAccessArchive.write(export, streamed);
        Map<String, byte[]> files = unzip(streamed.toByteArray());

        assertThat(reads).hasValue(1);
        assertThat(files).containsOnlyKeys("record.json", "README.txt", "photos/" + stored.id() + ".jpg");
        JsonObject record = Json.createReader(new StringReader(new String(files.get("record.json"),
                StandardCharsets.UTF_8))).readObject();
        assertThat(record.getJsonObject("client").getString("firstName")).isEqualTo("Zoë");
        assertThat(record.getJsonArray("photos").getJsonObject(0).getString("file"))
                .isEqualTo("photos/" + stored.id() + ".jpg");
        assertThat(files.get("photos/" + stored.id() + ".jpg")).containsExactly(1, 2, 3);
        assertThat(record.getJsonArray("photos").getJsonObject(1).getString("file")).contains("missing");
        assertThat(record.getJsonArray("appointmentNotes").getJsonObject(0).getString("text"))
                .isEqualTo("bring photo ID");
        assertThat(record.getJsonArray("cancellations").getJsonObject(0).getString("cancelledBy"))
                .isEqualTo("the client");
        assertThat(record.getJsonArray("accessAudit").getJsonObject(0).getString("accessed")).isEqualTo("EXPORT");
        assertThat(record.getString("exportedAt")).isEqualTo(NOW.toString());
        assertThat(new String(files.get("README.txt"), StandardCharsets.UTF_8)).contains("record.json", "photos/");
    }

    private static ClinicalPhoto photo(ClientId client, AppointmentId appointment) {
        PhotoId id = PhotoId.random();
        return new ClinicalPhoto(id, client, appointment, PhotoKind.BEFORE, PhotoFormat.JPEG, 64, 48, 3,
                "0".repeat(64), "photos/" + id + ".jpg", UserId.random(), NOW);
    }

    private static Map<String, byte[]> unzip(byte[] archive) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), zip.readAllBytes());
            }
        }
        return files;
    }
}
