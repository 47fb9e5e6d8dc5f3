package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningServer.class)
@DisplayName("Consent on the running server: read and signed through the booking's private link, archived as a PDF "
        + "whose alteration is detected, and required before check-in")
class ConsentE2EIT {

    private static BookingFixture filler;
    private static Api owner;

    @BeforeAll
    static void setUp() {
        filler = BookingFixture.aroundTheClockOfCategory("consent filler", "DERMAL_FILLER");
        owner = filler.owner;
    }

    /**
     * A filler appointment of the fixture's starting within the hour, so check-in is open, whose client has shown proof of age and
     * answered the questionnaire (the safety policy asks for both again at check-in); answers the id and the token.
     */
    private static String[] bookSoon(BookingFixture fixture) {
        BookingFixture.Booked booked = fixture.bookWithinTheHour();
        String token = booked.response().string("manageToken");
        answerQuestionnaire(fixture, token);
        return new String[]{booked.appointment(), token};
    }

    /** The client answers the filler questionnaire with no contraindication, through the booking's private link. */
    private static void answerQuestionnaire(BookingFixture fixture, String token) {
        String screening = "/api/public/" + Sessions.DEMO + "/screening/";
        String version = Api.anonymous().get(screening + "questionnaire/" + fixture.treatment).string("version");
        Api.Response answered = Api.anonymous().post(screening + token, """
                {"questionnaireVersion": "%s", "answers": {"pregnant_or_breastfeeding": "no",
                 "allergy_hyaluronic_acid": "no", "allergy_local_anaesthetic": "no", "allergy_bee_or_wasp_venom": "no",
                 "infection_or_cold_sore_at_site": "no", "keloid_scarring": "no", "anticoagulants": "no",
                 "autoimmune_disease": "no"}}""".formatted(version));
        assertThat(answered.status()).as("%s", answered).isEqualTo(201);
        assertThat(answered.string("outcome")).isEqualTo("CLEAR");
    }

    private static String consentPath(String token) {
        return "/api/public/" + Sessions.DEMO + "/consent/" + token;
    }

    static byte[] signaturePng(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3));
        g.drawLine(10, height - 20, width / 2, 15);
        g.drawLine(width / 2, 15, width - 10, height - 30);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String signJson(int version, String signatureBase64) {
        return """
                {"templateVersion": %d, "typedName": "Test Client", "signaturePng": "%s",
                 "clinicalPhotos": true, "marketingPhotos": false}""".formatted(version, signatureBase64);
    }

    private static Api.Response checkIn(String appointment) {
        return owner.post("/api/appointments/" + appointment + "/check-in", null);
    }

    /** Records the proof of age the desk saw for the appointment's client, as filler needs before check-in. */
    private static void recordIdCheck(String appointment) {
        String client = owner.get("/api/appointments/" + appointment).string("client");
        Api.Response seen = owner.post("/api/clinical/clients/" + client + "/id-checks",
                "{\"documentType\": \"PASSPORT\", \"dateOfBirthShown\": \"1990-04-15\"}");
        assertThat(seen.status()).as("%s", seen).isEqualTo(201);
    }

    @Test
    @DisplayName("Check-in is refused without a signed consent (CONSENT_MISSING), allowed once the client signed; the "
            + "archived PDF verifies intact until one byte changes, then altered")
    void signThenCheckIn() throws Exception {
        String[] booking = bookSoon(filler);
        String appointment = booking[0];
        String token = booking[1];

        Api.Response noProofOfAge = checkIn(appointment);
        assertThat(noProofOfAge.status()).as("%s", noProofOfAge).isEqualTo(409);
        assertThat(noProofOfAge.string("reason")).as("the safety policy runs again at check-in")
                .isEqualTo("ID_CHECK_REQUIRED");
        recordIdCheck(appointment);

        Api.Response refused = checkIn(appointment);
        assertThat(refused.status()).as("%s", refused).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.string("reason")).isEqualTo("CONSENT_MISSING");
        assertThat(owner.get("/api/appointments/" + appointment).string("status")).isEqualTo("CONFIRMED");

        Api.Response form = Api.anonymous().get(consentPath(token));
        assertThat(form.status()).as("%s", form).isEqualTo(200);
        assertThat(form.string("status")).isEqualTo("INFORMATION_GIVEN");
        int version = form.json().getInt("templateVersion");
        List<String> kinds = form.json().getJsonArray("blocks").stream()
                .map(b -> b.asJsonObject().getString("kind")).toList();
        assertThat(kinds).contains("RISKS", "ALTERNATIVES", "AFTERCARE", "DATA_PROCESSING",
                "PHOTO_CONSENT_CLINICAL", "PHOTO_CONSENT_MARKETING");
        assertThat(form.json().getJsonArray("blocks").get(0).asJsonObject().getString("text"))
                .contains("Test Client").doesNotContain("{{");

        Api.Response signed = Api.anonymous().post(consentPath(token) + "/signature",
                signJson(version, Base64.getEncoder().encodeToString(signaturePng(400, 120))));
        assertThat(signed.status()).as("%s", signed).isEqualTo(201);
        assertThat(signed.string("status")).isEqualTo("SIGNED");
        assertThat(signed.json().getBoolean("clinicalPhotos")).isTrue();
        assertThat(signed.json().getBoolean("marketingPhotos")).isFalse();

        Api.Response staffView = owner.get("/api/consents/" + appointment);
        assertThat(staffView.status()).as("%s", staffView).isEqualTo(200);
        JsonObject consent = staffView.json();
        assertThat(consent.getString("ipAddress")).isNotBlank();
        assertThat(consent.getString("documentSha256")).matches("[0-9a-f]{64}");
        assertThat(Api.anonymous().get("/api/consents/" + appointment).status()).isEqualTo(401);

        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        RunningServer.get().base().resolve("/api/consents/" + appointment + "/document"))
                .header("Authorization", "Bearer " + Sessions.demoOwner()).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/pdf"));
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        Api.Response intact = owner.get("/api/consents/" + appointment + "/verification");
        assertThat(intact.status()).as("%s", intact).isEqualTo(200);
        assertThat(intact.string("integrity")).isEqualTo("INTACT");
        assertThat(intact.string("storedSha256")).isEqualTo(consent.getString("documentSha256"));

        // issue 11: the staff view and the PDF are each in the client's access audit; the verification (digests
        // only) is not
        String client = owner.get("/api/appointments/" + appointment).string("client");
        List<String> consentReads = owner.get("/api/clients/" + client + "/access-audit").structure().asJsonArray()
                .stream().map(jakarta.json.JsonValue::asJsonObject)
                .filter(entry -> entry.getString("accessed").equals("CONSENT"))
                .filter(entry -> entry.getString("recordId").equals(consent.getString("consentId")))
                .map(entry -> entry.getString("reason")).toList();
        assertThat(consentReads).containsExactly("DIRECT_CARE", "DIRECT_CARE");

        Api.Response checkedIn = checkIn(appointment);
        assertThat(checkedIn.status()).as("%s", checkedIn).isEqualTo(200);

        // countersigned by the practitioner themself: the owner cannot sign in their name, their own account can
        String countersign = "/api/consents/" + appointment + "/countersignature";
        String asPractitioner = "{\"practitioner\": \"" + filler.practitioner + "\"}";
        Api.Response inTheirName = owner.post(countersign, asPractitioner);
        assertThat(inTheirName.status()).as("%s", inTheirName).isEqualTo(403);
        assertThat(inTheirName.string("detail")).contains("linked");
        NewStaff treating = NewStaff.inDemoClinic(java.util.Set.of("PRACTITIONER"));
        Api.Response linked = owner.put("/api/staff/" + treating.id() + "/practitioner",
                "{\"practitionerId\": \"" + filler.practitioner + "\"}", java.util.Map.of());
        assertThat(linked.status()).as("%s", linked).isEqualTo(200);
        Api.Response countersigned = Api.withToken(treating.signIn().string("accessToken"))
                .post(countersign, asPractitioner);
        assertThat(countersigned.status()).as("%s", countersigned).isEqualTo(200);

        Path stored = storedDocument(consent.getString("consentId"));
        Files.setPosixFilePermissions(stored, PosixFilePermissions.fromString("rw-------"));
        byte[] bytes = Files.readAllBytes(stored);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(stored, bytes);
        Api.Response altered = owner.get("/api/consents/" + appointment + "/verification");
        assertThat(altered.string("integrity")).isEqualTo("ALTERED");
        assertThat(altered.string("actualSha256")).isNotEqualTo(altered.string("storedSha256"));

        Api.Response chain = owner.get("/api/clinical-audit/verification");
        assertThat(chain.status()).as("%s", chain).isEqualTo(200);
        assertThat(chain.string("status")).isEqualTo("INTACT");
        assertThat(chain.json().getInt("entries")).isGreaterThanOrEqualTo(4);
    }

    @Test
    @DisplayName("Bad signatures are refused with the reason and nothing is stored: wrong version, not an image, "
            + "oversized image, unknown link")
    void badSignatures() {
        // its own practitioner, so the one slot on the treatment's step within the check-in hour is free for it too
        String[] booking = bookSoon(BookingFixture.aroundTheClockOfCategory("consent bad signatures",
                "DERMAL_FILLER"));
        String appointment = booking[0];
        String token = booking[1];
        recordIdCheck(appointment);
        int version = Api.anonymous().get(consentPath(token)).json().getInt("templateVersion");
        String png = Base64.getEncoder().encodeToString(signaturePng(400, 120));

        Api.Response wrongVersion = Api.anonymous().post(consentPath(token) + "/signature",
                signJson(version + 7, png));
        assertThat(wrongVersion.status()).as("%s", wrongVersion).isEqualTo(400);
        assertThat(wrongVersion.contentType()).startsWith("application/problem+json");
        assertThat(wrongVersion.string("reason")).isEqualTo("WRONG_TEMPLATE_VERSION");

        Api.Response notAnImage = Api.anonymous().post(consentPath(token) + "/signature", signJson(version,
                Base64.getEncoder().encodeToString("<svg onload=alert(1)></svg>".getBytes())));
        assertThat(notAnImage.status()).as("%s", notAnImage).isEqualTo(400);
        assertThat(notAnImage.string("reason")).isEqualTo("SIGNATURE_NOT_AN_IMAGE");

        byte[] huge = new byte[210 * 1024];
        System.arraycopy(signaturePng(400, 120), 0, huge, 0, 8);
        Api.Response oversized = Api.anonymous().postLarge(consentPath(token) + "/signature",
                signJson(version, Base64.getEncoder().encodeToString(huge)));
        assertThat(oversized.status()).as("%s", oversized).isEqualTo(400);
        assertThat(oversized.string("reason")).isEqualTo("SIGNATURE_TOO_LARGE");

        Api.Response unknown = Api.anonymous().post(consentPath(token.substring(0, token.length() - 2) + "xx")
                + "/signature", signJson(version, png));
        assertThat(unknown.status()).as("%s", unknown).isEqualTo(404);

        Api.Response stillUnsigned = owner.get("/api/consents/" + appointment);
        assertThat(stillUnsigned.string("status")).as("nothing stored").isEqualTo("INFORMATION_GIVEN");
        assertThat(checkIn(appointment).string("reason")).isEqualTo("CONSENT_MISSING");
    }

    @Test
    @DisplayName("A non-clinical treatment needs no consent form: its check-in is not gated")
    void skinNeedsNoConsent() {
        BookingFixture skin = BookingFixture.aroundTheClock("consent skin");
        ZonedDateTime soon = ZonedDateTime.now(BookingFixture.LONDON).plusMinutes(20).truncatedTo(ChronoUnit.HOURS)
                .plusHours(1);
        Api.Response booked = skin.owner.post("/api/appointments",
                skin.bookingJson(soon.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), "any"));
        assertThat(booked.status()).as("%s", booked).isEqualTo(201);
        String token = booked.string("manageToken");
        assertThat(Api.anonymous().get(consentPath(token)).status()).isEqualTo(400);
    }

    private static Path storedDocument(String consentId) throws IOException {
        try (Stream<Path> files = Files.walk(RunningServer.get().dataDir())) {
            return files.filter(p -> p.getFileName().toString().equals(consentId + ".pdf")).findFirst()
                    .orElseThrow(() -> new AssertionError("no archived document for consent " + consentId));
        }
    }
}
