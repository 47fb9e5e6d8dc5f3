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
@DisplayName("Clinical safety and the law at booking: an unlawful or unsafe treatment is refused with a reason, and "
        + "nothing is stored")
class ClinicalSafetyE2EIT {

    private static BookingFixture toxin;
    private static BookingFixture filler;

    @BeforeAll
    static void setUp() {
        toxin = BookingFixture.everyDayOfCategory("toxin", "ANTI_WRINKLE");
        filler = BookingFixture.everyDayOfCategory("filler", "DERMAL_FILLER");
    }

    private static String withDateOfBirth(String bookingJson, LocalDate dateOfBirth) {
        return bookingJson.replace("\"dateOfBirth\": \"1990-04-15\"", "\"dateOfBirth\": \"" + dateOfBirth + "\"");
    }

    private static Api.Response bookPublicly(BookingFixture clinic, String start, LocalDate dateOfBirth) {
        return Api.anonymous().post("/api/public/" + Sessions.DEMO + "/bookings",
                withDateOfBirth(clinic.bookingJson(start, "any"), dateOfBirth));
    }

    private static void assertRefused(Api.Response response, String reason) {
        assertThat(response.status()).as("%s", response).isEqualTo(409);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.string("type")).isEqualTo("https://laca.dev/problems/treatment-not-allowed");
        assertThat(response.string("reason")).isEqualTo(reason);
    }

    @Test
    @DisplayName("The headline defect: a public toxin booking for a 17-year-old is refused under the 2021 Act, "
            + "and no appointment is written")
    void underEighteenToxinPublic() {
        LocalDate day = BookingFixture.upcoming(DayOfWeek.TUESDAY, 1);
        String start = BookingFixture.at(day, "10:00");

        Api.Response response = bookPublicly(toxin, start, day.minusYears(17));

        assertRefused(response, "UNDER_MINIMUM_AGE");
        assertThat(response.string("detail")).contains("under 18");
        assertThat(toxin.calendar(day, day)).as("nothing stored").isEmpty();
        assertThat(toxin.starts(day, day)).as("the slot is still free").contains(start);
    }

    @Test
    @DisplayName("Staff booking on a 17-year-old's behalf is refused just the same")
    void underEighteenToxinStaff() {
        LocalDate day = BookingFixture.upcoming(DayOfWeek.WEDNESDAY, 1);
        String start = BookingFixture.at(day, "10:00");

        Api.Response response = toxin.owner.post("/api/appointments",
                withDateOfBirth(toxin.bookingJson(start, "any"), day.minusYears(17)));

        assertRefused(response, "UNDER_MINIMUM_AGE");
        assertThat(toxin.calendar(day, day)).as("nothing stored").isEmpty();
    }

    @Test
    @DisplayName("An adult's toxin booking without a face-to-face prescriber consultation is refused, nothing stored")
    void toxinWithoutConsultation() {
        LocalDate day = BookingFixture.upcoming(DayOfWeek.THURSDAY, 1);

        Api.Response response = bookPublicly(toxin, BookingFixture.at(day, "10:00"), LocalDate.of(1990, 4, 15));

        assertRefused(response, "PRESCRIBER_CONSULTATION_REQUIRED");
        assertThat(response.string("detail")).contains("face-to-face");
        assertThat(toxin.calendar(day, day)).isEmpty();
    }

    @Test
    @DisplayName("Filler: refused the day before the 18th birthday, booked on the birthday itself")
    void fillerAroundTheBirthday() {
        LocalDate day = BookingFixture.upcoming(DayOfWeek.FRIDAY, 1);

        assertRefused(bookPublicly(filler, BookingFixture.at(day, "10:00"), day.minusYears(18).plusDays(1)),
                "UNDER_MINIMUM_AGE");
        assertThat(filler.calendar(day, day)).isEmpty();

        Api.Response birthday = bookPublicly(filler, BookingFixture.at(day, "11:00"), day.minusYears(18));
        assertThat(birthday.status()).as("%s", birthday).isEqualTo(201);
    }

    @Test
    @DisplayName("Moving a filler booked on the 18th birthday to the day before is refused, and it stays put")
    void rescheduleChecked() {
        LocalDate day = BookingFixture.upcoming(DayOfWeek.SATURDAY, 1);
        String start = BookingFixture.at(day, "10:00");
        Api.Response booked = bookPublicly(filler, start, day.minusYears(18));
        assertThat(booked.status()).as("%s", booked).isEqualTo(201);
        String token = booked.string("manageToken");

        Api.Response moved = Api.anonymous().post("/api/public/" + Sessions.DEMO + "/bookings/" + token
                + "/reschedule", "{\"start\": \"" + BookingFixture.at(day.minusDays(1), "10:00") + "\"}");

        assertRefused(moved, "UNDER_MINIMUM_AGE");
        Api.Response viewed = Api.anonymous().get("/api/public/" + Sessions.DEMO + "/bookings/" + token);
        assertThat(viewed.string("start")).isEqualTo(start);
    }

    private static String booking(BookingFixture clinic, String start, String email) {
        return """
                {"treatment": "%s", "start": "%s", "practitioner": "any", "location": "%s",
                 "client": {"firstName": "Toxin", "lastName": "Client", "email": "%s",
                            "phone": "07700 900123", "dateOfBirth": "1990-04-15"}}"""
                .formatted(clinic.treatment, start, clinic.location, email);
    }

    private static String consultation(String prescriber, String mode) {
        return """
                {"category": "ANTI_WRINKLE", "prescriber": "%s", "mode": "%s", "completedAt": "%s"}"""
                .formatted(prescriber, mode, Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS));
    }

    @Test
    @DisplayName("Toxin without a consultation is refused, still refused after a video consultation, and booked after "
            + "a face-to-face consultation with a registered prescriber")
    void toxinAfterFaceToFaceConsultation() {
        BookingFixture skin = BookingFixture.everyDay("consultation visit");
        String email = "toxin-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        LocalDate day = BookingFixture.upcoming(DayOfWeek.MONDAY, 2);
        Api.Response visit = Api.anonymous().post("/api/public/" + Sessions.DEMO + "/bookings",
                booking(skin, BookingFixture.at(day, "10:00"), email));
        assertThat(visit.status()).as("%s", visit).isEqualTo(201);
        String client = visit.json().getJsonObject("appointment").getString("client");
        String toxinBooking = booking(toxin, BookingFixture.at(day, "14:00"), email);
        String publicBookings = "/api/public/" + Sessions.DEMO + "/bookings";

        assertRefused(Api.anonymous().post(publicBookings, toxinBooking), "PRESCRIBER_CONSULTATION_REQUIRED");

        Api.Response prescriber = toxin.owner.post("/api/practitioners", """
                {"displayName": "E2E Prescriber %s", "qualifications": ["NURSE", "PRESCRIBER"], "locationIds": ["%s"]}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8), toxin.location));
        assertThat(prescriber.status()).as("%s", prescriber).isEqualTo(201);
        String prescriberId = prescriber.string("id");
        Api.Response registered = toxin.owner.put("/api/clinical/prescribers/" + prescriberId,
                "{\"registerBody\": \"NMC\", \"number\": \"12a 3456e\"}", Map.of());
        assertThat(registered.status()).as("%s", registered).isEqualTo(200);
        assertThat(registered.string("number")).isEqualTo("12A3456E");
        String consultations = "/api/clinical/clients/" + client + "/consultations";

        Api.Response video = toxin.owner.post(consultations, consultation(prescriberId, "VIDEO"));
        assertThat(video.status()).as("%s", video).isEqualTo(201);
        assertRefused(Api.anonymous().post(publicBookings, toxinBooking), "PRESCRIBER_CONSULTATION_REQUIRED");

        Api.Response faceToFace = toxin.owner.post(consultations, consultation(prescriberId, "FACE_TO_FACE"));
        assertThat(faceToFace.status()).as("%s", faceToFace).isEqualTo(201);
        Api.Response booked = Api.anonymous().post(publicBookings, toxinBooking);
        assertThat(booked.status()).as("after a face-to-face consultation: %s", booked).isEqualTo(201);

        Api.Response listed = toxin.owner.get(consultations);
        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.structure().asJsonArray()).hasSize(2);
    }

    @Test
    @DisplayName("Bad consultation input is a 4xx problem and nothing is stored; reception may not record one")
    void consultationBadInput() {
        String consultations = "/api/clinical/clients/" + UUID.randomUUID() + "/consultations";
        Api.Response unknownMode = toxin.owner.post(consultations, consultation(toxin.practitioner, "TELEPATHY"));
        assertThat(unknownMode.status()).as("%s", unknownMode).isEqualTo(400);
        assertThat(unknownMode.contentType()).startsWith("application/problem+json");
        Api.Response notAPrescriber = toxin.owner.post(consultations,
                consultation(toxin.practitioner, "FACE_TO_FACE"));
        assertThat(notAPrescriber.status()).as("%s", notAPrescriber).isEqualTo(400);
        Api.Response badNumber = toxin.owner.put("/api/clinical/prescribers/" + toxin.practitioner,
                "{\"registerBody\": \"GMC\", \"number\": \"12A3456E\"}", Map.of());
        assertThat(badNumber.status()).as("%s", badNumber).isEqualTo(400);
        Api.Response frontDesk = Api.withToken(Sessions.newDemoStaff(Set.of("FRONTDESK"))).post(consultations,
                consultation(toxin.practitioner, "FACE_TO_FACE"));
        assertThat(frontDesk.status()).as("%s", frontDesk).isEqualTo(403);
    }

    private static final String FILLER_ANSWERS_PREGNANT = """
            {"pregnant_or_breastfeeding": "yes", "allergy_hyaluronic_acid": "no", "allergy_local_anaesthetic": "no",
             "allergy_bee_or_wasp_venom": "no", "infection_or_cold_sore_at_site": "no", "keloid_scarring": "no",
             "anticoagulants": "no", "autoimmune_disease": "no"}""";

    @Test
    @DisplayName("A client answers the questionnaire through the booking's private link; once a rule blocks, the next "
            + "booking of that treatment is refused with the reason, and bad answers store nothing")
    void contraindicatedRefused() {
        String email = "screened-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        LocalDate day = BookingFixture.upcoming(DayOfWeek.TUESDAY, 3);
        String publicBookings = "/api/public/" + Sessions.DEMO + "/bookings";
        Api.Response first = Api.anonymous().post(publicBookings, booking(filler, BookingFixture.at(day, "09:00"), email));
        assertThat(first.status()).as("%s", first).isEqualTo(201);
        String token = first.string("manageToken");
        String screening = "/api/public/" + Sessions.DEMO + "/screening/";

        Api.Response questionnaire = Api.anonymous().get(screening + "questionnaire/" + filler.treatment);
        assertThat(questionnaire.status()).as("%s", questionnaire).isEqualTo(200);
        assertThat(questionnaire.json().getJsonArray("questions")).hasSize(8);
        String version = questionnaire.string("version");

        Api.Response wrongVersion = Api.anonymous().post(screening + token,
                "{\"questionnaireVersion\": \"1999.1\", \"answers\": " + FILLER_ANSWERS_PREGNANT + "}");
        assertThat(wrongVersion.status()).as("%s", wrongVersion).isEqualTo(400);
        Api.Response unknownQuestion = Api.anonymous().post(screening + token, "{\"questionnaireVersion\": \""
                + version + "\", \"answers\": " + FILLER_ANSWERS_PREGNANT.replace("\"anticoagulants\"",
                "\"favourite_colour\"") + "}");
        assertThat(unknownQuestion.status()).as("%s", unknownQuestion).isEqualTo(400);
        assertThat(unknownQuestion.body()).contains("favourite_colour").doesNotContain("\"yes\"");
        Api.Response malformed = Api.anonymous().post(screening + token, "{\"questionnaireVersion\": \"" + version
                + "\", \"answers\": " + FILLER_ANSWERS_PREGNANT.replace("\"anticoagulants\": \"no\"",
                "\"anticoagulants\": \"perhaps\"") + "}");
        assertThat(malformed.status()).as("%s", malformed).isEqualTo(400);
        Api.Response stillAllowed = Api.anonymous().post(publicBookings,
                booking(filler, BookingFixture.at(day, "10:00"), email));
        assertThat(stillAllowed.status()).as("refused answers stored nothing: %s", stillAllowed).isEqualTo(201);

        Api.Response answered = Api.anonymous().post(screening + token,
                "{\"questionnaireVersion\": \"" + version + "\", \"answers\": " + FILLER_ANSWERS_PREGNANT + "}");
        assertThat(answered.status()).as("%s", answered).isEqualTo(201);
        assertThat(answered.string("outcome")).isEqualTo("BLOCKED");
        assertThat(answered.json().containsKey("findings")).as("no clinical notes on the public link").isFalse();

        Api.Response refused = Api.anonymous().post(publicBookings,
                booking(filler, BookingFixture.at(day, "11:00"), email));
        // an anonymous caller may be anyone who knows the client's details: no medical status in the answer
        assertRefused(refused, "REFER_TO_CLINIC");
        assertThat(refused.string("detail")).contains("contact the clinic").doesNotContain("questionnaire")
                .doesNotContain("pregnan");
    }

    @Test
    @DisplayName("The demo clinic's safety clients show the gates: Blake's filler is contraindicated, Uma is under 18")
    void demoClients() {
        String filler = Api.anonymous().get("/api/public/" + Sessions.DEMO + "/treatments").json()
                .getJsonArray("items").stream().map(JsonValue::asJsonObject)
                .filter(item -> item.getString("category").equals("DERMAL_FILLER")).findFirst().orElseThrow()
                .getString("id");
        LocalDate from = LocalDate.now(BookingFixture.LONDON).plusDays(2);
        String start = Api.anonymous().get("/api/public/" + Sessions.DEMO + "/availability?treatment=" + filler
                        + "&from=" + from + "&to=" + from.plusDays(6)).json().getJsonArray("slots").getJsonObject(0)
                .getString("start");
        String booking = """
                {"treatment": "%s", "start": "%s", "practitioner": "any",
                 "client": {"firstName": "%s", "lastName": "%s", "email": "%s",
                            "phone": "07700 900123", "dateOfBirth": "%s"}}""";
        String publicBookings = "/api/public/" + Sessions.DEMO + "/bookings";
        // Blake as recorded (the identity rule joins a booking to a client only on e-mail, birth date and surname)
        LocalDate blakeBorn = LocalDate.now(BookingFixture.LONDON).minusYears(29);

        assertRefused(Api.anonymous().post(publicBookings, booking.formatted(filler, start, "Blake", "Blocked",
                "blake.blocked@example.com", blakeBorn)), "REFER_TO_CLINIC");
        // a typed adult birth date never makes Uma, recorded as 17 under the same e-mail, look older
        assertRefused(Api.anonymous().post(publicBookings, booking.formatted(filler, start, "Uma", "Young",
                "uma.young@example.com", "1990-04-15")), "UNDER_MINIMUM_AGE");
    }
}
