package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Treatment records on the running server (issue 11): a practitioner signs the record of a completed demo
 * appointment with a batch number, corrects it with a new entry, and the owner's recall search for the batch finds
 * the client; every read is in the owner's access audit, and none of it reaches the server log.
 */
@ExtendWith(RunningServer.class)
@DisplayName("Treatment records over HTTP")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TreatmentRecordsE2EIT {

    private static Api owner;
    private static String nurseToken;
    private static Api nurse;
    private static Api desk;
    private static String harriet;
    private static String hart;

    @BeforeAll
    static void signIn() {
        owner = Api.withToken(Sessions.demoOwner());
        desk = Api.withToken(Sessions.newDemoStaff(Set.of("FRONTDESK")));
        Api.Response found = owner.get("/api/clients?q=holloway");
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        harriet = found.json().getJsonArray("items").getJsonObject(0).getString("id");
        hart = owner.get("/api/practitioners?size=100").json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(p -> p.getString("displayName").equals("Dr Amelia Hart"))
                .findFirst().orElseThrow().getString("id");
        // the nurse's own staff account is Dr Hart's: a record is signed only by the practitioner themself
        NewStaff hartsAccount = NewStaff.inDemoClinic(Set.of("PRACTITIONER"));
        Api.Response linked = owner.put("/api/staff/" + hartsAccount.id() + "/practitioner",
                "{\"practitionerId\": \"" + hart + "\"}", java.util.Map.of());
        assertThat(linked.status()).as("%s", linked).isEqualTo(200);
        nurseToken = hartsAccount.signIn().string("accessToken");
        nurse = Api.withToken(nurseToken);
    }

    /**
     * A completed demo appointment of Harriet's that has no treatment record yet, whose signed consent says yes (or
     * no) to clinical photographs.
     */
    static String uncharted(boolean clinicalPhotos) {
        return owner.get("/api/clients/" + harriet + "/appointments").structure().asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(a -> a.getString("status").equals("COMPLETED"))
                .map(a -> a.getString("id"))
                .filter(id -> owner.get("/api/treatment-records/" + id).status() == 404)
                .filter(id -> owner.get("/api/consents/" + id).json().getBoolean("clinicalPhotos") == clinicalPhotos)
                .findFirst().orElseThrow(() -> new AssertionError("no completed demo appointment left to chart"));
    }

    static String record(String appointment, String lot, LocalDate expires, String extra) {
        return """
                {%s
                 "products": [{"product": "Bocouture 50U", "manufacturer": "Merz", "lot": "%s", "expiresOn": "%s",
                   "doses": [{"site": "GLABELLA", "side": "WHOLE", "amount": 20, "unit": "UNITS"},
                             {"site": "LATERAL_CANTHAL_LINES", "side": "LEFT", "amount": 12.5, "unit": "UNITS"}]}],
                 "technique": "30G needle, intramuscular", "aftercare": "No exercise for 4 hours",
                 "complications": [], "followUp": {"on": "%s", "reason": "toxin review"}%s}"""
                .formatted(appointment == null ? "" : "\"appointment\": \"" + appointment + "\",", lot,
                        expires, LocalDate.now().plusWeeks(2), extra);
    }

    private static long logSize() throws java.io.IOException {
        return Files.size(RunningServer.get().log());
    }

    @Test
    @Order(1)
    @DisplayName("sign with a batch, refuse an expired one, correct by a new entry; the owner's recall finds the client")
    void signCorrectRecall() throws Exception {
        long logStart = logSize();
        String appointment = uncharted(true);
        String lot = "E2E-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        LocalDate expires = LocalDate.now().plusMonths(6);

        Api.Response expired = nurse.post("/api/treatment-records", record(appointment, lot,
                LocalDate.now().minusYears(1), ""));
        assertThat(expired.status()).as(expired.toString()).isEqualTo(409);
        assertThat(expired.contentType()).startsWith("application/problem+json");
        assertThat(expired.string("type")).isEqualTo("https://laca.dev/problems/treatment-record-refused");
        assertThat(expired.string("reason")).isEqualTo("PRODUCT_EXPIRED");
        // the signer comes from the caller's own account, never from the body: the owner (linked to no
        // practitioner) cannot sign in Dr Hart's name even by naming her
        Api.Response inHerName = owner.post("/api/treatment-records", record(appointment, lot, expires,
                ", \"practitioner\": \"" + hart + "\""));
        assertThat(inHerName.status()).as(inHerName.toString()).isEqualTo(403);
        assertThat(inHerName.string("detail")).contains("not linked to a practitioner");
        assertThat(desk.post("/api/treatment-records", record(appointment, lot, expires, "")).status())
                .isEqualTo(403);

        Api.Response signed = nurse.post("/api/treatment-records", record(appointment, lot, expires, ""));
        assertThat(signed.status()).as(signed.toString()).isEqualTo(201);
        assertThat(signed.string("client")).isEqualTo(harriet);
        assertThat(signed.string("category")).isEqualTo("ANTI_WRINKLE");
        assertThat(signed.json().getJsonObject("current").getString("signedBy")).isEqualTo(hart);
        String original = signed.json().getJsonObject("current").getString("id");
        assertThat(signed.json().getJsonObject("current").getJsonArray("products").getJsonObject(0)
                .getJsonArray("doses").getJsonObject(1).getString("amount")).isEqualTo("12.5");
        Api.Response again = nurse.post("/api/treatment-records", record(appointment, lot, expires, ""));
        assertThat(again.status()).as(again.toString()).isEqualTo(409);

        Api.Response corrected = nurse.post("/api/treatment-records/" + appointment + "/corrections",
                record(null, lot, expires, ", \"reason\": \"left crow's feet dose mistyped\""));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(201);
        assertThat(corrected.string("corrects")).isEqualTo(original);

        Api.Response chart = nurse.get("/api/treatment-records/" + appointment + "?reason=CLINICAL_REVIEW");
        assertThat(chart.status()).as(chart.toString()).isEqualTo(200);
        assertThat(chart.json().getJsonArray("entries")).hasSize(2);
        assertThat(chart.json().getJsonObject("current").getString("id")).isEqualTo(corrected.string("id"));
        assertThat(desk.get("/api/treatment-records/" + appointment).status()).isEqualTo(403);
        assertThat(desk.get("/api/clients/" + harriet + "/treatment-records").status()).isEqualTo(403);
        List<JsonObject> charts = nurse.get("/api/clients/" + harriet + "/treatment-records").structure()
                .asJsonArray().stream().map(JsonValue::asJsonObject).toList();
        assertThat(charts).extracting(c -> c.getString("appointment")).contains(appointment);

        String today = LocalDate.now().toString();
        String from = LocalDate.now().minusMonths(2).toString();
        Api.Response recall = owner.get("/api/treatment-records/recall?lot=" + lot.toLowerCase() + "&from=" + from
                + "&to=" + today);
        assertThat(recall.status()).as(recall.toString()).isEqualTo(200);
        List<JsonObject> hits = recall.structure().asJsonArray().stream().map(JsonValue::asJsonObject).toList();
        assertThat(hits).extracting(h -> h.getString("client") + " " + h.getString("appointment"))
                .containsExactly(harriet + " " + appointment);
        assertThat(hits.get(0).getString("entry")).isEqualTo(corrected.string("id"));
        assertThat(nurse.get("/api/treatment-records/recall?lot=" + lot + "&from=" + from + "&to=" + today)
                .status()).isEqualTo(403);
        assertThat(owner.get("/api/treatment-records/recall?lot=" + lot + "&from=" + today + "&to=" + from)
                .status()).isEqualTo(400);
        Api.Response demoBatch = owner.get("/api/treatment-records/recall?lot=DEMO-B2417&from=" + from + "&to="
                + today);
        assertThat(demoBatch.structure().asJsonArray()).hasSize(1);

        List<String> audit = owner.get("/api/clients/" + harriet + "/access-audit").structure().asJsonArray()
                .stream().map(JsonValue::asJsonObject)
                .map(e -> e.getString("accessed") + " " + e.getString("reason")).toList();
        assertThat(audit).contains("TREATMENT_RECORD CLINICAL_REVIEW", "TREATMENT_RECORD DIRECT_CARE",
                "TREATMENT_RECORD PRODUCT_RECALL");

        byte[] all = Files.readAllBytes(RunningServer.get().log());
        String written = new String(all, (int) Math.min(logStart, all.length),
                (int) Math.max(0, all.length - logStart), StandardCharsets.UTF_8);
        for (String word : List.of("Holloway", "Bocouture", "crow's feet", "intramuscular", "glabella")) {
            assertThat(written).as("server log during the test").doesNotContainIgnoringCase(word);
        }
    }

    @Test
    @Order(2)
    @DisplayName("a photo with GPS EXIF is uploaded and comes back without any metadata; HEIC is a 415; reads are audited")
    void photoWithoutMetadata() throws Exception {
        long logStart = logSize();
        String appointment = uncharted(true);
        Api.Response signed = nurse.post("/api/treatment-records", record(appointment, "PHOTO-1",
                LocalDate.now().plusMonths(6), ""));
        assertThat(signed.status()).as(signed.toString()).isEqualTo(201);
        byte[] withGps = jpegWithGps();
        assertThat(new String(withGps, StandardCharsets.ISO_8859_1)).contains("Exif", "Harriet Holloway");

        HttpResponse<String> uploaded = binary("POST", "/api/treatment-records/" + appointment + "/photos?kind=BEFORE",
                withGps, "image/jpeg", HttpResponse.BodyHandlers.ofString());
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        JsonObject photo = jakarta.json.Json.createReader(new java.io.StringReader(uploaded.body())).readObject();
        assertThat(photo.getString("mediaType")).isEqualTo("image/jpeg");

        HttpResponse<byte[]> image = binary("GET", "/api/treatment-records/photos/" + photo.getString("id")
                + "?reason=CLINICAL_REVIEW", null, null, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        byte[] stored = image.body();
        assertThat(stored[0] & 0xFF).isEqualTo(0xFF);
        assertThat(stored[1] & 0xFF).isEqualTo(0xD8);
        String text = new String(stored, StandardCharsets.ISO_8859_1);
        assertThat(text).doesNotContain("Exif", "Harriet", "Holloway", "GPS", "Apple");
        assertThat(org.apache.commons.imaging.Imaging.getMetadata(stored)).satisfiesAnyOf(
                metadata -> assertThat(metadata).isNull(),
                metadata -> assertThat(((org.apache.commons.imaging.formats.jpeg.JpegImageMetadata) metadata)
                        .getExif()).isNull());
        assertThat(java.security.MessageDigest.getInstance("SHA-256").digest(stored))
                .isEqualTo(java.util.HexFormat.of().parseHex(photo.getString("sha256")));

        byte[] heic = new byte[64];
        System.arraycopy(new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0, 'm', 'i', 'f',
                '1', 'h', 'e', 'i', 'c'}, 0, heic, 0, 24);
        HttpResponse<String> refused = binary("POST", "/api/treatment-records/" + appointment
                + "/photos?kind=AFTER", heic, "image/heic", HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(415);
        assertThat(refused.body()).contains("HEIC_NOT_SUPPORTED", "JPEG or PNG");
        assertThat(desk.get("/api/treatment-records/photos/" + photo.getString("id")).status()).isEqualTo(403);
        assertThat(nurse.get("/api/treatment-records/" + appointment + "/photos").structure().asJsonArray())
                .hasSize(1);

        List<String> photoReads = owner.get("/api/clients/" + harriet + "/access-audit").structure().asJsonArray()
                .stream().map(JsonValue::asJsonObject).filter(e -> e.getString("accessed").equals("PHOTO"))
                .filter(e -> e.getString("recordId").equals(photo.getString("id")))
                .map(e -> e.getString("reason")).toList();
        assertThat(photoReads).as("the download and the listing").containsExactly("CLINICAL_REVIEW", "DIRECT_CARE");
        byte[] all = Files.readAllBytes(RunningServer.get().log());
        String written = new String(all, (int) Math.min(logStart, all.length),
                (int) Math.max(0, all.length - logStart), StandardCharsets.UTF_8);
        assertThat(written).as("server log during the test").doesNotContainIgnoringCase("Holloway");
    }

    @Test
    @Order(3)
    @DisplayName("without the client's consent to clinical photographs a photo is refused (409), and nothing is kept")
    void photoNeedsConsent() throws Exception {
        String appointment = uncharted(false);
        Api.Response signed = nurse.post("/api/treatment-records", record(appointment, "PHOTO-2",
                LocalDate.now().plusMonths(6), ""));
        assertThat(signed.status()).as(signed.toString()).isEqualTo(201);

        HttpResponse<String> refused = binary("POST", "/api/treatment-records/" + appointment + "/photos?kind=BEFORE",
                jpegWithGps(), "image/jpeg", HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("NO_CLINICAL_PHOTO_CONSENT", "clinical photographs");
        assertThat(nurse.get("/api/treatment-records/" + appointment + "/photos").structure().asJsonArray())
                .isEmpty();
    }

    @Test
    @Order(4)
    @DisplayName("reading a client's safety view is in the client's access audit (issue 11)")
    void safetyViewIsAudited() {
        Api.Response view = nurse.get("/api/clinical/clients/" + harriet + "/safety");
        assertThat(view.status()).as(view.toString()).isEqualTo(200);
        assertThat(nurse.get("/api/clinical/clients/" + harriet + "/consultations").status()).isEqualTo(200);
        assertThat(desk.get("/api/clinical/clients/" + harriet + "/safety").status()).isEqualTo(403);

        List<String> reads = owner.get("/api/clients/" + harriet + "/access-audit").structure().asJsonArray()
                .stream().map(JsonValue::asJsonObject).filter(e -> e.getString("accessed").equals("SCREENING"))
                .map(e -> e.getString("recordId") + " " + e.getString("reason")).toList();
        assertThat(reads).containsExactly(harriet + " DIRECT_CARE");
    }

    @Test
    @Order(5)
    @DisplayName("the owner exports everything held about the client as one ZIP: the record as JSON, the signed "
            + "consent PDFs and the metadata-free photos; the export is in the access audit; others may not export")
    void subjectAccessExport() throws Exception {
        long logStart = logSize();
        String export = "/api/clients/" + harriet + "/subject-access-export";
        assertThat(nurse.post(export, null).status()).isEqualTo(403);
        assertThat(desk.post(export, null).status()).isEqualTo(403);
        String firstVisit = owner.get("/api/clients/" + harriet + "/appointments").structure().asJsonArray()
                .getJsonObject(0).getString("id");
        String deskNote = "E2E export desk note " + UUID.randomUUID();
        Api.Response noted = owner.post("/api/appointments/" + firstVisit + "/notes",
                "{\"text\": \"" + deskNote + "\"}");
        assertThat(noted.status()).as(noted.toString()).isEqualTo(200);

        HttpResponse<byte[]> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        RunningServer.get().base().resolve(export)).timeout(java.time.Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + Sessions.demoOwner())
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/zip"));
        assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
        java.util.Map<String, byte[]> files = new java.util.TreeMap<>();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(answer.body()))) {
            for (java.util.zip.ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), zip.readAllBytes());
            }
        }
        assertThat(files).containsKeys("record.json", "README.txt");
        JsonObject record = jakarta.json.Json.createReader(new java.io.StringReader(
                new String(files.get("record.json"), StandardCharsets.UTF_8))).readObject();
        assertThat(record.getJsonObject("client").getString("lastName")).isEqualTo("Holloway");
        assertThat(record.getJsonObject("client").getString("dateOfBirth")).isEqualTo("1985-02-14");
        assertThat(record.getJsonArray("appointments")).hasSizeGreaterThanOrEqualTo(4);
        // the front desk's notes on her appointments are part of what is held (cancellations too; she has none)
        assertThat(record.getJsonArray("appointmentNotes").stream().map(JsonValue::asJsonObject))
                .anySatisfy(note -> {
                    assertThat(note.getString("text")).isEqualTo(deskNote);
                    assertThat(note.getString("appointment")).isEqualTo(firstVisit);
                });
        assertThat(record.getJsonArray("cancellations")).isEmpty();
        assertThat(record.getJsonArray("treatmentRecords").toString()).contains("DEMO-B2417", "PHOTO-1", "PHOTO-2");

        // the three consents Harriet signed, each with its archived PDF in the archive
        List<JsonObject> consents = record.getJsonArray("consents").stream().map(JsonValue::asJsonObject).toList();
        assertThat(consents).hasSize(3).allSatisfy(consent -> {
            assertThat(consent.getString("typedName")).isEqualTo("Harriet Holloway");
            byte[] pdf = files.get(consent.getString("file"));
            assertThat(pdf).as(consent.getString("file")).isNotNull();
            assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        });
        assertThat(consents).extracting(c -> c.getBoolean("clinicalPhotos")).containsOnly(true, false);

        // the photo uploaded with GPS EXIF, as stored: no metadata
        List<JsonObject> photos = record.getJsonArray("photos").stream().map(JsonValue::asJsonObject).toList();
        assertThat(photos).hasSize(1);
        byte[] image = files.get(photos.get(0).getString("file"));
        assertThat(image).isNotNull();
        assertThat(new String(image, StandardCharsets.ISO_8859_1)).doesNotContain("Exif", "Holloway", "GPS");
        assertThat(java.security.MessageDigest.getInstance("SHA-256").digest(image)).isEqualTo(
                java.util.HexFormat.of().parseHex(photos.get(0).getJsonObject("photo").getString("sha256")));

        assertThat(record.getJsonObject("safety").getJsonObject("evidence").getString("client")).isEqualTo(harriet);
        List<String> exports = owner.get("/api/clients/" + harriet + "/access-audit").structure().asJsonArray()
                .stream().map(JsonValue::asJsonObject).filter(e -> e.getString("accessed").equals("EXPORT"))
                .map(e -> e.getString("reason")).toList();
        assertThat(exports).containsExactly("SUBJECT_ACCESS_REQUEST");
        assertThat(record.getJsonArray("accessAudit").toString()).contains("SUBJECT_ACCESS_REQUEST");

        byte[] all = Files.readAllBytes(RunningServer.get().log());
        String written = new String(all, (int) Math.min(logStart, all.length),
                (int) Math.max(0, all.length - logStart), StandardCharsets.UTF_8);
        assertThat(written).as("server log during the export").doesNotContainIgnoringCase("Holloway");
    }

    @Test
    @Order(6)
    @DisplayName("the whole server log of the run holds neither the demo record's client (name, date of birth, "
            + "e-mail, phone) nor its clinical words")
    void serverLogHoldsNoMedicalData() throws Exception {
        String log = Files.readString(RunningServer.get().log(), StandardCharsets.UTF_8);
        assertThat(log).as("the run's server log").contains("LACA demo data: a client with a signed treatment record");
        for (String word : List.of("Harriet", "Holloway", "1985-02-14", "14/02/1985", "harriet.holloway",
                "900456", "Bocouture", "glabella", "frontalis", "canthal", "intramuscular", "aftercare sheet",
                "toxin review")) {
            assertThat(log).as("the run's server log").doesNotContainIgnoringCase(word);
        }
    }

    /** A small JPEG carrying EXIF with a GPS position (London) and the client's name as the artist. */
    private static byte[] jpegWithGps() throws Exception {
        java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(64, 48,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream plain = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(picture, "jpeg", plain);
        org.apache.commons.imaging.formats.tiff.write.TiffOutputSet exif =
                new org.apache.commons.imaging.formats.tiff.write.TiffOutputSet();
        exif.setGpsInDegrees(-0.1276, 51.5072);
        exif.getOrCreateRootDirectory().add(
                org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants.TIFF_TAG_ARTIST,
                "Harriet Holloway");
        exif.getOrCreateRootDirectory().add(
                org.apache.commons.imaging.formats.tiff.constants.TiffTagConstants.TIFF_TAG_MAKE, "Apple");
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter().updateExifMetadataLossless(
                plain.toByteArray(), out, exif);
        return out.toByteArray();
    }

    private static <T> HttpResponse<T> binary(String method, String path, byte[] body, String type,
                                              HttpResponse.BodyHandler<T> handler) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(RunningServer.get().base().resolve(path))
                .timeout(java.time.Duration.ofSeconds(30)).header("Authorization", "Bearer " + nurseToken)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (type != null) {
            request.header("Content-Type", type);
        }
        return HttpClient.newHttpClient().send(request.build(), handler);
    }
}
