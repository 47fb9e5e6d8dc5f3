package com.laca.adapter.rest.records;

import com.laca.adapter.rest.safety.ClientSafetyResponse;
import com.laca.application.records.port.in.StoredFile;
import com.laca.application.records.port.in.SubjectAccessExport;
import com.laca.application.safety.port.in.ClientSafetyView;
import com.laca.domain.booking.AppointmentNote;
import com.laca.domain.booking.CancellationRecord;
import com.laca.domain.consent.ConsentRecord;
import com.laca.domain.records.ClinicalPhoto;
import com.laca.domain.records.PhotoFormat;
import com.laca.domain.safety.Answer;
import com.laca.domain.safety.PrescriberDecision;
import com.laca.domain.safety.Screening;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a subject-access export as one ZIP a client can read with ordinary tools: {@code record.json} (everything
 * held, in the same shapes the API answers), the archived consent PDFs under {@code consents/} and the clinical photos
 * under {@code photos/}, each referenced from the JSON by its path, and a {@code README.txt} saying what is where.
 * Streamed: each stored file is read, written and let go in turn, after the export's transaction.
 */
final class SubjectAccessArchive {

    static final String MEDIA_TYPE = "application/zip";
    private static final Jsonb JSON = JsonbBuilder.create(new JsonbConfig().withFormatting(true));

    private SubjectAccessArchive() {
    }

    /** Writes the archive to {@code out}, reading each stored file only as its entry is written. */
    static void write(SubjectAccessExport export, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            List<Map<String, Object>> photos = new ArrayList<>();
            for (SubjectAccessExport.Photo photo : export.photos()) {
                String file = photo.file().read().map(image -> {
                    String name = "photos/" + photo.photo().id() + extension(photo.photo());
                    write(zip, name, image);
                    return name;
                }).orElse(null);
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("photo", PhotoResponse.from(photo.photo()));
                entry.put("file", file == null ? "(the stored file is missing)" : file);
                photos.add(entry);
            }
            List<Map<String, Object>> consents = new ArrayList<>();
            for (SubjectAccessExport.Consent consent : export.consents()) {
                String file = consent.document().flatMap(StoredFile::read).map(pdf -> {
                    String name = "consents/" + consent.record().id().value() + ".pdf";
                    write(zip, name, pdf);
                    return name;
                }).orElse(null);
                consents.add(consent(consent.record(), consent, file));
            }
            write(zip, "record.json", JSON.toJson(record(export, photos, consents)).getBytes(StandardCharsets.UTF_8));
            write(zip, "README.txt", readme(export).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static Map<String, Object> record(SubjectAccessExport export, List<Map<String, Object>> photos,
                                              List<Map<String, Object>> consents) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("exportedAt", export.exportedAt().toString());
        record.put("exportedBy", export.exportedBy().toString());
        record.put("client", ClientResponse.from(export.client()));
        record.put("mergedRecords", export.merged().stream().map(ClientResponse::from).toList());
        record.put("history", export.history().stream().map(ClientChangeResponse::from).toList());
        record.put("notes", export.notes().stream().map(NoteResponse::from).toList());
        record.put("appointments", export.appointments().stream().map(ClientAppointmentResponse::from).toList());
        record.put("appointmentNotes", export.appointmentNotes().stream().map(SubjectAccessArchive::note).toList());
        record.put("cancellations", export.cancellations().stream().map(SubjectAccessArchive::cancellation)
                .toList());
        record.put("treatmentRecords", export.treatments().stream().map(TreatmentChartResponse::from).toList());
        record.put("photos", photos);
        record.put("consents", consents);
        SubjectAccessExport.Safety safety = export.safety();
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("screenings", safety.screenings().stream().map(SubjectAccessArchive::screening).toList());
        evidence.put("prescriberDecisions", safety.decisions().stream().map(SubjectAccessArchive::decision).toList());
        evidence.put("evidence", ClientSafetyResponse.from(new ClientSafetyView(export.client().id(),
                safety.idChecks(), safety.directions(), safety.consultations(), safety.prescriptions())));
        record.put("safety", evidence);
        record.put("accessAudit", export.accessAudit().stream().map(AccessAuditResponse::from).toList());
        return record;
    }

    private static Map<String, Object> consent(ConsentRecord record, SubjectAccessExport.Consent consent,
                                               String file) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", record.id().value().toString());
        json.put("appointment", consent.appointment().toString());
        json.put("category", record.category().name());
        json.put("jurisdiction", record.jurisdiction());
        json.put("templateVersion", record.templateVersion());
        json.put("informationGivenAt", record.informationGivenAt().toString());
        record.signature().ifPresent(signature -> {
            json.put("signedAt", signature.signedAt().toString());
            json.put("typedName", signature.typedName());
            json.put("ipAddress", signature.ipAddress());
            json.put("userAgent", signature.userAgent());
        });
        record.photos().ifPresent(photos -> {
            json.put("clinicalPhotos", photos.clinicalRecords());
            json.put("marketingPhotos", photos.marketing());
        });
        record.countersignature().ifPresent(countersignature -> {
            json.put("countersignedBy", countersignature.name());
            json.put("countersignedAt", countersignature.at().toString());
        });
        record.withdrawnAt().ifPresent(at -> json.put("withdrawnAt", at.toString()));
        json.put("file", file == null ? "(no document archived)" : file);
        return json;
    }

    private static Map<String, Object> note(AppointmentNote note) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", note.id().toString());
        json.put("appointment", note.appointment().toString());
        json.put("text", note.text());
        json.put("author", note.author().toString());
        json.put("writtenAt", note.writtenAt().toString());
        return json;
    }

    private static Map<String, Object> cancellation(CancellationRecord cancellation) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("appointment", cancellation.appointment().toString());
        json.put("reason", cancellation.reason().name());
        cancellation.detail().ifPresent(detail -> json.put("detail", detail));
        json.put("cancelledBy", cancellation.cancelledBy().map(Object::toString).orElse("the client"));
        json.put("cancelledAt", cancellation.cancelledAt().toString());
        return json;
    }

    private static Map<String, Object> screening(Screening screening) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", screening.id().toString());
        json.put("questionnaireVersion", screening.questionnaireVersion());
        json.put("categories", screening.categories().stream().map(Enum::name).sorted().toList());
        Map<String, String> answers = new TreeMap<>();
        screening.answers().asMap().forEach((question, answer) -> answers.put(question.value(), text(answer)));
        json.put("answers", answers);
        json.put("answeredAt", screening.answeredAt().toString());
        json.put("confirmedAt", screening.confirmedAt().toString());
        return json;
    }

    private static Map<String, Object> decision(PrescriberDecision decision) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", decision.id().toString());
        json.put("screening", decision.screening().toString());
        json.put("rule", decision.ruleId());
        json.put("ruleSetVersion", decision.ruleSetVersion());
        json.put("prescriber", decision.prescriber().name());
        json.put("verdict", decision.verdict().name());
        json.put("reason", decision.reason());
        json.put("decidedAt", decision.decidedAt().toString());
        return json;
    }

    private static String text(Answer answer) {
        if (answer instanceof Answer.YesNo yesNo) {
            return yesNo.yes() ? "yes" : "no";
        }
        if (answer instanceof Answer.DateValue date) {
            return date.date().toString();
        }
        if (answer instanceof Answer.Choice choice) {
            return choice.option();
        }
        if (answer instanceof Answer.Text text) {
            return text.value();
        }
        throw new IllegalStateException("unhandled answer " + answer.getClass().getName());
    }

    private static String extension(ClinicalPhoto photo) {
        return photo.format() == PhotoFormat.PNG ? ".png" : ".jpg";
    }

    private static String readme(SubjectAccessExport export) {
        return """
                Subject-access export (UK GDPR Art. 15), made %s.

                record.json   everything the clinic holds about you: your details and marketing choices, the history
                              of changes to them, staff notes, appointments with the front desk's notes on them and
                              who cancelled which and why, treatment records (products, batch numbers, doses),
                              photos, consents, health screening and safety evidence, and who has read your clinical
                              record and why (including any record of yours merged into this one).
                consents/     each consent form you signed, as archived (PDF).
                photos/       each clinical photo, as stored (all camera metadata was removed on upload).
                """.formatted(export.exportedAt());
    }

    private static void write(ZipOutputStream zip, String name, byte[] content) {
        try {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + name + " to the subject-access archive", e);
        }
    }
}
