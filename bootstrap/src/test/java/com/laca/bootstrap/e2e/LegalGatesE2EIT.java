package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonValue;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningServer.class)
@DisplayName("The remaining legal gates on the running server: ID checks, doctor's directions, prescriptions, the "
        + "clinic's safety settings and licences")
class LegalGatesE2EIT {

    private static final String PUBLIC_BOOKINGS = "/api/public/" + Sessions.DEMO + "/bookings";
    private static final String SETTINGS = "/api/clinical/settings";
    private static final String DEFAULTS = """
            {"screeningValidity": "P6M", "reconfirmationWindow": "P7D", "consultationValidity": "P6M",
             "reflectionPeriods": {"ANTI_WRINKLE": "PT0S"}, "licensingEnforced": false}""";

    private static BookingFixture toxin;
    private static BookingFixture filler;
    private static BookingFixture skin;

    @BeforeAll
    static void setUp() {
        toxin = BookingFixture.everyDayOfCategory("legal toxin", "ANTI_WRINKLE");
        filler = BookingFixture.everyDayOfCategory("legal filler", "DERMAL_FILLER");
        skin = BookingFixture.everyDay("legal visit");
    }

    private static String booking(BookingFixture clinic, String start, String email, LocalDate dateOfBirth) {
        return """
                {"treatment": "%s", "start": "%s", "practitioner": "any", "location": "%s",
                 "client": {"firstName": "Legal", "lastName": "Client", "email": "%s",
                            "phone": "07700 900123", "dateOfBirth": "%s"}}"""
                .formatted(clinic.treatment, start, clinic.location, email, dateOfBirth);
    }

    private static String email(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    /** A client on record through a public skin visit; answers the client's id. */
    private static String clientOnRecord(String email, LocalDate day, LocalDate dateOfBirth) {
        Api.Response visit = Api.anonymous().post(PUBLIC_BOOKINGS,
                booking(skin, BookingFixture.at(day, "09:00"), email, dateOfBirth));
        assertThat(visit.status()).as("%s", visit).isEqualTo(201);
        return visit.json().getJsonObject("appointment").getString("client");
    }

    /** A new prescriber at the toxin location with the given registration; answers the practitioner's id. */
    private static String prescriber(String registerBody, String number) {
        Api.Response created = toxin.owner.post("/api/practitioners", """
                {"displayName": "E2E Prescriber %s", "qualifications": ["NURSE", "PRESCRIBER"], "locationIds": ["%s"]}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8), toxin.location));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String id = created.string("id");
        Api.Response registered = toxin.owner.put("/api/clinical/prescribers/" + id,
                "{\"registerBody\": \"" + registerBody + "\", \"number\": \"" + number + "\"}", Map.of());
        assertThat(registered.status()).as("%s", registered).isEqualTo(200);
        return id;
    }

    private static String consulted(String client, String prescriber, String mode) {
        Api.Response consultation = toxin.owner.post("/api/clinical/clients/" + client + "/consultations", """
                {"category": "ANTI_WRINKLE", "prescriber": "%s", "mode": "%s", "completedAt": "%s"}"""
                .formatted(prescriber, mode, Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS)));
        assertThat(consultation.status()).as("%s", consultation).isEqualTo(201);
        return consultation.string("id");
    }

    private static void assertRefused(Api.Response response, String reason) {
        assertThat(response.status()).as("%s", response).isEqualTo(409);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.string("reason")).isEqualTo(reason);
    }

    private static void assertBadInput(Api.Response response, String field) {
        assertThat(response.status()).as("%s", response).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).contains(field);
    }

    @Test
    @DisplayName("Staff record the proof of age seen (who and when from the server); it shows in the client's safety "
            + "view; bad input is a 400, reception without clinical access a 403")
    void idCheck() {
        LocalDate day = BookingFixture.upcoming(DayOfWeek.MONDAY, 5);
        String client = clientOnRecord(email("idcheck"), day, LocalDate.of(1990, 4, 15));
        String idChecks = "/api/clinical/clients/" + client + "/id-checks";

        Api.Response recorded = toxin.owner.post(idChecks,
                "{\"documentType\": \"PASSPORT\", \"dateOfBirthShown\": \"1990-04-15\"}");

        assertThat(recorded.status()).as("%s", recorded).isEqualTo(201);
        assertThat(recorded.string("checkedBy")).isNotBlank();
        assertThat(recorded.string("checkedAt")).isNotBlank();
        Api.Response view = toxin.owner.get("/api/clinical/clients/" + client + "/safety");
        assertThat(view.status()).as("%s", view).isEqualTo(200);
        assertThat(view.json().getJsonArray("idChecks")).hasSize(1);
        assertThat(view.json().getJsonArray("idChecks").getJsonObject(0).getString("documentType"))
                .isEqualTo("PASSPORT");
        assertBadInput(toxin.owner.post(idChecks, "{\"documentType\": \"LIBRARY_CARD\", "
                + "\"dateOfBirthShown\": \"1990-04-15\"}"), "documentType");
        assertBadInput(toxin.owner.post(idChecks, "{\"documentType\": \"PASSPORT\"}"), "dateOfBirthShown");
        assertThat(toxin.owner.post("/api/clinical/clients/" + UUID.randomUUID() + "/id-checks",
                "{\"documentType\": \"PASSPORT\", \"dateOfBirthShown\": \"1990-04-15\"}").status()).isEqualTo(404);
        Api.Response frontDesk = Api.withToken(Sessions.newDemoStaff(Set.of("FRONTDESK"))).post(idChecks,
                "{\"documentType\": \"PASSPORT\", \"dateOfBirthShown\": \"1990-04-15\"}");
        assertThat(frontDesk.status()).as("%s", frontDesk).isEqualTo(403);
        assertThat(toxin.owner.get("/api/clinical/clients/" + client + "/safety").json().getJsonArray("idChecks"))
                .as("nothing stored by refused requests").hasSize(1);
    }

    @Test
    @DisplayName("A GMC doctor's direction lets staff book toxin for a 17-year-old; the public booking stays refused; "
            + "a direction for filler, or from a nurse prescriber, is a 400")
    void doctorsDirection() {
        LocalDate day = BookingFixture.upcoming(DayOfWeek.TUESDAY, 5);
        LocalDate seventeen = day.minusYears(17);
        String email = email("directed");
        String client = clientOnRecord(email, day, seventeen);
        String doctor = prescriber("GMC", "7012345");
        consulted(client, doctor, "FACE_TO_FACE");
        String toxinBooking = booking(toxin, BookingFixture.at(day, "11:00"), email, seventeen);
        assertRefused(toxin.owner.post("/api/appointments", toxinBooking), "UNDER_MINIMUM_AGE");
        String directions = "/api/clinical/clients/" + client + "/directions";

        assertBadInput(toxin.owner.post(directions, "{\"category\": \"DERMAL_FILLER\", \"doctor\": \"" + doctor
                + "\", \"reason\": \"Medical need\"}"), "category");
        assertBadInput(toxin.owner.post(directions, "{\"category\": \"ANTI_WRINKLE\", \"doctor\": \""
                + prescriber("NMC", "12A3456E") + "\", \"reason\": \"Medical need\"}"), "doctor");
        Api.Response directed = toxin.owner.post(directions, "{\"category\": \"ANTI_WRINKLE\", \"doctor\": \""
                + doctor + "\", \"reason\": \"Severe primary axillary hyperhidrosis\"}");
        assertThat(directed.status()).as("%s", directed).isEqualTo(201);
        assertThat(directed.json().getJsonObject("registration").getString("registerBody")).isEqualTo("GMC");

        assertRefused(Api.anonymous().post(PUBLIC_BOOKINGS, toxinBooking), "UNDER_MINIMUM_AGE");
        Api.Response staffBooked = toxin.owner.post("/api/appointments", toxinBooking);
        assertThat(staffBooked.status()).as("staff, on the doctor's direction: %s", staffBooked).isEqualTo(201);
        assertThat(toxin.owner.get("/api/clinical/clients/" + client + "/safety").json()
                .getJsonArray("directions")).hasSize(1);
    }

    @Test
    @DisplayName("A prescription links a face-to-face consultation, its prescriber and the client; one resting on a "
            + "video consultation is a 400 and nothing is stored")
    void prescription() {
        LocalDate day = BookingFixture.upcoming(DayOfWeek.WEDNESDAY, 5);
        String client = clientOnRecord(email("prescribed"), day, LocalDate.of(1990, 4, 15));
        String prescriber = prescriber("NMC", "12A3456E");
        String faceToFace = consulted(client, prescriber, "FACE_TO_FACE");
        String video = consulted(client, prescriber, "VIDEO");
        String prescriptions = "/api/clinical/clients/" + client + "/prescriptions";

        Api.Response onVideo = toxin.owner.post(prescriptions,
                "{\"consultation\": \"" + video + "\", \"product\": \"Botulinum toxin type A, 50 units\"}");
        assertBadInput(onVideo, "consultation");
        Api.Response prescribed = toxin.owner.post(prescriptions,
                "{\"consultation\": \"" + faceToFace + "\", \"product\": \"Botulinum toxin type A, 50 units\"}");

        assertThat(prescribed.status()).as("%s", prescribed).isEqualTo(201);
        assertThat(prescribed.string("prescriber")).isEqualTo(prescriber);
        assertThat(prescribed.string("consultation")).isEqualTo(faceToFace);
        assertThat(toxin.owner.get("/api/clinical/clients/" + client + "/safety").json()
                .getJsonArray("prescriptions")).hasSize(1);
    }

    @Test
    @DisplayName("Safety settings: defaults until set; PUT must name every field; PATCH merges; a 72-hour "
            + "reflection period refuses toxin an hour after the consultation; reception may read, not change")
    void settings() {
        LocalDate day = BookingFixture.upcoming(DayOfWeek.THURSDAY, 5);
        String email = email("reflect");
        String client = clientOnRecord(email, day, LocalDate.of(1990, 4, 15));
        consulted(client, prescriber("NMC", "12A3456E"), "FACE_TO_FACE");
        Api reception = Api.withToken(Sessions.newDemoStaff(Set.of("FRONTDESK")));
        try {
            assertThat(putSettings(toxin.owner, DEFAULTS).status()).isEqualTo(200);
            Api.Response read = reception.get(SETTINGS);
            assertThat(read.status()).as("%s", read).isEqualTo(200);
            assertThat(read.string("screeningValidity")).isEqualTo("P6M");
            assertBadInput(putSettings(toxin.owner, "{\"screeningValidity\": \"P3M\"}"),
                    "reconfirmationWindow");
            assertBadInput(putSettings(toxin.owner, DEFAULTS.replace("\"P7D\"", "\"seven days\"")),
                    "reconfirmationWindow");
            assertThat(reception.put(SETTINGS, DEFAULTS, Map.of("If-Match", reception.get(SETTINGS).header("ETag").orElseThrow())).status()).isEqualTo(403);

            Api.Response patched = toxin.owner.send("PATCH", SETTINGS,
                    "{\"reflectionPeriods\": {\"ANTI_WRINKLE\": \"PT72H\"}}",
                    Map.of("Content-Type", "application/merge-patch+json"));

            assertThat(patched.status()).as("%s", patched).isEqualTo(200);
            assertThat(patched.string("screeningValidity")).as("kept").isEqualTo("P6M");
            assertThat(patched.json().getJsonObject("reflectionPeriods").getString("ANTI_WRINKLE"))
                    .isEqualTo("PT72H");
            String soon = BookingFixture.at(LocalDate.now(BookingFixture.LONDON).plusDays(1), "16:00");
            assertRefused(toxin.owner.post("/api/appointments", booking(toxin, soon, email,
                    LocalDate.of(1990, 4, 15))), "REFLECTION_PERIOD");
        } finally {
            assertThat(putSettings(toxin.owner, DEFAULTS).status()).isEqualTo(200);
        }
    }

    /** Replaces the demo clinic's safety settings over the version just read, as the API asks. */
    private static Api.Response putSettings(Api api, String json) {
        String etag = api.get(SETTINGS).header("ETag").orElseThrow();
        return api.put(SETTINGS, json, Map.of("If-Match", etag));
    }

    @Test
    @DisplayName("Changing the safety settings names the version read: 428 without If-Match, 412 with a stale one "
            + "(PUT or PATCH), and nothing changes")
    void settingsNeedTheVersionRead() {
        String etag = toxin.owner.get(SETTINGS).header("ETag").orElseThrow();
        assertThat(etag).matches("\"[0-9]+\"");

        Api.Response missing = toxin.owner.put(SETTINGS, DEFAULTS, Map.of());
        assertThat(missing.status()).as("%s", missing).isEqualTo(428);
        assertThat(missing.contentType()).startsWith("application/problem+json");

        String fiveDays = DEFAULTS.replace("\"P7D\"", "\"P5D\"");
        try {
            Api.Response saved = toxin.owner.put(SETTINGS, fiveDays, Map.of("If-Match", etag));
            assertThat(saved.status()).as("%s", saved).isEqualTo(200);
            assertThat(saved.header("ETag")).isPresent().isNotEqualTo(java.util.Optional.of(etag));

            Api.Response stale = toxin.owner.put(SETTINGS, DEFAULTS.replace("\"P7D\"", "\"P2D\""),
                    Map.of("If-Match", etag));
            assertThat(stale.status()).as("%s", stale).isEqualTo(412);
            assertThat(stale.contentType()).startsWith("application/problem+json");
            Api.Response stalePatch = toxin.owner.send("PATCH", SETTINGS, "{\"reconfirmationWindow\": \"P2D\"}",
                    Map.of("Content-Type", "application/merge-patch+json", "If-Match", etag));
            assertThat(stalePatch.status()).as("%s", stalePatch).isEqualTo(412);
            assertThat(toxin.owner.get(SETTINGS).string("reconfirmationWindow")).as("unchanged").isEqualTo("P5D");
        } finally {
            assertThat(putSettings(toxin.owner, DEFAULTS).status()).isEqualTo(200);
        }
    }

    @Test
    @DisplayName("With licensing enforced, filler cannot be booked with an unlicensed practitioner or at unlicensed "
            + "premises; with both licences on file it is booked")
    void licensing() {
        LocalDate day = BookingFixture.upcoming(DayOfWeek.FRIDAY, 5);
        String licence = """
                {"number": "E2E-LIC-1", "tier": "AMBER", "expiresOn": "%s", "insuranceExpiresOn": "%s",
                 "covers": ["DERMAL_FILLER", "ANTI_WRINKLE"]}""".formatted(day.plusYears(1), day.plusYears(1));
        try {
            Api.Response on = toxin.owner.send("PATCH", SETTINGS, "{\"licensingEnforced\": true}",
                    Map.of("Content-Type", "application/merge-patch+json"));
            assertThat(on.status()).as("%s", on).isEqualTo(200);

            assertRefused(toxin.owner.post("/api/appointments", booking(filler, BookingFixture.at(day, "10:00"),
                    email("licence"), LocalDate.of(1990, 4, 15))), "PRACTITIONER_NOT_LICENSED");
            Api.Response practitionerLicence = toxin.owner.put("/api/clinical/practitioners/" + filler.practitioner
                    + "/licence", licence, Map.of());
            assertThat(practitionerLicence.status()).as("%s", practitionerLicence).isEqualTo(200);
            assertRefused(toxin.owner.post("/api/appointments", booking(filler, BookingFixture.at(day, "10:00"),
                    email("licence"), LocalDate.of(1990, 4, 15))), "PREMISES_NOT_LICENSED");
            Api.Response premisesLicence = toxin.owner.put("/api/clinical/locations/" + filler.location
                    + "/licence", licence, Map.of());
            assertThat(premisesLicence.status()).as("%s", premisesLicence).isEqualTo(200);

            Api.Response booked = toxin.owner.post("/api/appointments", booking(filler,
                    BookingFixture.at(day, "10:00"), email("licence"), LocalDate.of(1990, 4, 15)));
            assertThat(booked.status()).as("%s", booked).isEqualTo(201);
            assertThat(toxin.owner.get("/api/clinical/practitioners/" + filler.practitioner + "/licence")
                    .string("tier")).isEqualTo("AMBER");
            assertBadInput(toxin.owner.put("/api/clinical/locations/" + filler.location + "/licence",
                    licence.replace("AMBER", "amber tier"), Map.of()), "tier");
        } finally {
            assertThat(putSettings(toxin.owner, DEFAULTS).status()).isEqualTo(200);
        }
    }

    @Test
    @DisplayName("Listing slots for a client the gate refuses says so: public availability with a 17-year-old's date "
            + "of birth answers the law's reason instead of filler slots; staff availability for a client without a "
            + "consultation answers why toxin cannot be booked")
    void slotListingSaysBlocked() {
        LocalDate day = BookingFixture.upcoming(DayOfWeek.SATURDAY, 5);
        String publicAvailability = "/api/public/" + Sessions.DEMO + "/availability?treatment=" + filler.treatment
                + "&from=" + day + "&to=" + day + "&location=" + filler.location;

        Api.Response minor = Api.anonymous().get(publicAvailability + "&dateOfBirth=" + day.minusYears(17));
        assertRefused(minor, "UNDER_MINIMUM_AGE");
        assertThat(minor.string("detail")).contains("under 18");
        Api.Response adult = Api.anonymous().get(publicAvailability + "&dateOfBirth=1990-04-15");
        assertThat(adult.status()).as("%s", adult).isEqualTo(200);
        assertThat(adult.json().getJsonArray("slots")).isNotEmpty();
        assertBadInput(Api.anonymous().get(publicAvailability + "&dateOfBirth=15/04/1990"), "dateOfBirth");

        String client = clientOnRecord(email("listing"), day, LocalDate.of(1990, 4, 15));
        String staffAvailability = "/api/availability?treatment=" + toxin.treatment + "&from=" + day + "&to=" + day
                + "&location=" + toxin.location + "&client=";
        assertRefused(toxin.owner.get(staffAvailability + client), "PRESCRIBER_CONSULTATION_REQUIRED");
        assertThat(toxin.owner.get(staffAvailability + UUID.randomUUID()).status()).isEqualTo(404);
        Api.Response skinSlots = toxin.owner.get("/api/availability?treatment=" + skin.treatment + "&from=" + day
                + "&to=" + day + "&location=" + skin.location + "&client=" + client);
        assertThat(skinSlots.status()).as("%s", skinSlots).isEqualTo(200);
        assertThat(skinSlots.json().getJsonArray("slots")).isNotEmpty();
    }

    @Test
    @DisplayName("The demo clinic's practitioners and locations hold a licence, so switching enforcement on leaves "
            + "the demo bookable")
    void demoLicences() {
        Api owner = Api.withToken(Sessions.demoOwner());
        String hart = null;
        for (int page = 0; hart == null && page < 20; page++) {
            hart = owner.get("/api/practitioners?size=100&page=" + page).json().getJsonArray("items").stream()
                    .map(JsonValue::asJsonObject).filter(p -> p.getString("displayName").equals("Dr Amelia Hart"))
                    .map(p -> p.getString("id")).findFirst().orElse(null);
        }
        assertThat(hart).as("the demo prescriber").isNotNull();

        Api.Response licence = owner.get("/api/clinical/practitioners/" + hart + "/licence");

        assertThat(licence.status()).as("%s", licence).isEqualTo(200);
        assertThat(licence.json().getJsonArray("covers").toString()).contains("ANTI_WRINKLE", "DERMAL_FILLER");
    }
}
