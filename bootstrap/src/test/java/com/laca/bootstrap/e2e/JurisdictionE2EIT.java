package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningServer.class)
@DisplayName("Each location is gated by its own jurisdiction on the running server; a Scottish location applies "
        + "Scotland's rule set where it differs from England's")
class JurisdictionE2EIT {

    private static final String PUBLIC_BOOKINGS = "/api/public/" + Sessions.DEMO + "/bookings";

    private static String booking(BookingFixture clinic, String start, String email, LocalDate dateOfBirth) {
        return """
                {"treatment": "%s", "start": "%s", "practitioner": "any", "location": "%s",
                 "client": {"firstName": "Moray", "lastName": "Client", "email": "%s",
                            "phone": "07700 900123", "dateOfBirth": "%s"}}"""
                .formatted(clinic.treatment, start, clinic.location, email, dateOfBirth);
    }

    private static Map<String, String> patchAt(long version) {
        return Map.of("Content-Type", "application/merge-patch+json", "If-Match", "\"" + version + "\"");
    }

    /** A client on record (a public skin visit), a GMC doctor's direction and a face-to-face consultation for toxin. */
    private static String directedMinor(BookingFixture toxin, String email, LocalDate day, LocalDate dateOfBirth) {
        BookingFixture skin = BookingFixture.everyDay("jurisdiction visit");
        Api.Response visit = Api.anonymous().post(PUBLIC_BOOKINGS,
                booking(skin, BookingFixture.at(day, "09:00"), email, dateOfBirth));
        assertThat(visit.status()).as("%s", visit).isEqualTo(201);
        String client = visit.json().getJsonObject("appointment").getString("client");
        Api.Response created = toxin.owner.post("/api/practitioners", """
                {"displayName": "E2E Doctor %s", "qualifications": ["NURSE", "PRESCRIBER"], "locationIds": ["%s"]}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8), toxin.location));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        String doctor = created.string("id");
        assertThat(toxin.owner.put("/api/clinical/prescribers/" + doctor,
                "{\"registerBody\": \"GMC\", \"number\": \"7012345\"}", Map.of()).status()).isEqualTo(200);
        Api.Response consultation = toxin.owner.post("/api/clinical/clients/" + client + "/consultations", """
                {"category": "ANTI_WRINKLE", "prescriber": "%s", "mode": "FACE_TO_FACE", "completedAt": "%s"}"""
                .formatted(doctor, Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS)));
        assertThat(consultation.status()).as("%s", consultation).isEqualTo(201);
        Api.Response directed = toxin.owner.post("/api/clinical/clients/" + client + "/directions",
                "{\"category\": \"ANTI_WRINKLE\", \"doctor\": \"" + doctor + "\", \"reason\": \"Severe primary "
                        + "axillary hyperhidrosis\"}");
        assertThat(directed.status()).as("%s", directed).isEqualTo(201);
        return client;
    }

    @Test
    @DisplayName("A location is created in England unless named otherwise; PUT must name its jurisdiction; an unknown "
            + "code is a 400; PATCH may change it")
    void locationsCarryTheirJurisdiction() {
        BookingFixture clinic = BookingFixture.everyDay("jurisdiction record");
        String path = "/api/locations/" + clinic.location;
        JsonObject stored = clinic.owner.get(path).json();
        assertThat(stored.getString("jurisdiction")).isEqualTo("GB-ENG");

        Api.Response withoutIt = clinic.owner.put(path, """
                {"name": "%s", "zone": "Europe/London", "active": true,
                 "address": {"line1": "1 Test Street", "line2": null, "city": "London", "postcode": "W1G 8QH",
                             "country": "GB"}}""".formatted(stored.getString("name")), Map.of("If-Match", "\"0\""));
        assertThat(withoutIt.status()).as("%s", withoutIt).isEqualTo(400);
        assertThat(withoutIt.body()).contains("jurisdiction");
        Api.Response unknown = clinic.owner.send("PATCH", path, "{\"jurisdiction\": \"GB-XYZ\"}", patchAt(0));
        assertThat(unknown.status()).as("%s", unknown).isEqualTo(400);
        assertThat(unknown.body()).contains("jurisdiction");

        Api.Response wales = clinic.owner.send("PATCH", path, "{\"jurisdiction\": \"GB-WLS\"}", patchAt(0));
        assertThat(wales.status()).as("%s", wales).isEqualTo(200);
        assertThat(wales.string("jurisdiction")).isEqualTo("GB-WLS");
        assertThat(clinic.owner.get(path).json().getString("jurisdiction")).isEqualTo("GB-WLS");
    }

    @Test
    @DisplayName("A doctor's direction lets staff book toxin for a 17-year-old in England; moving the location to "
            + "Scotland answers 409 listing that booking; kept, the next such booking is refused naming Scotland and "
            + "the fallback to England's rule, and public slots for a 17-year-old say the same")
    void scotlandAppliesItsRuleSet() {
        BookingFixture toxin = BookingFixture.everyDayOfCategory("jurisdiction toxin", "ANTI_WRINKLE");
        LocalDate day = BookingFixture.upcoming(DayOfWeek.WEDNESDAY, 6);
        LocalDate seventeen = day.minusYears(17);
        String email = "moray-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        directedMinor(toxin, email, day, seventeen);
        Api.Response inEngland = toxin.owner.post("/api/appointments",
                booking(toxin, BookingFixture.at(day, "11:00"), email, seventeen));
        assertThat(inEngland.status()).as("England, on the doctor's direction: %s", inEngland).isEqualTo(201);
        String appointment = inEngland.json().getJsonObject("appointment").getString("id");
        String location = "/api/locations/" + toxin.location;

        Api.Response toScotland = toxin.owner.send("PATCH", location, "{\"jurisdiction\": \"GB-SCT\"}", patchAt(0));

        assertThat(toScotland.status()).as("%s", toScotland).isEqualTo(409);
        assertThat(toScotland.contentType()).startsWith("application/problem+json");
        assertThat(toScotland.json().getString("type")).isEqualTo("https://laca.dev/problems/affects-bookings");
        assertThat(toScotland.json().getJsonArray("appointments")).extracting(a -> a.asJsonObject().getString("id"))
                .containsExactly(appointment);
        assertThat(toxin.owner.get(location).json().getString("jurisdiction")).isEqualTo("GB-ENG");

        Api.Response kept = toxin.owner.send("PATCH", location + "?affected=keep", "{\"jurisdiction\": \"GB-SCT\"}",
                patchAt(0));
        assertThat(kept.status()).as("%s", kept).isEqualTo(200);
        assertThat(kept.string("jurisdiction")).isEqualTo("GB-SCT");

        Api.Response inScotland = toxin.owner.post("/api/appointments",
                booking(toxin, BookingFixture.at(day, "13:00"), email, seventeen));
        assertThat(inScotland.status()).as("%s", inScotland).isEqualTo(409);
        assertThat(inScotland.string("reason")).isEqualTo("UNDER_MINIMUM_AGE");
        assertThat(inScotland.string("detail")).contains("Scotland").contains("only England's law");
        Api.Response slots = Api.anonymous().get("/api/public/" + Sessions.DEMO + "/availability?treatment="
                + toxin.treatment + "&from=" + day + "&to=" + day + "&location=" + toxin.location + "&dateOfBirth="
                + seventeen);
        assertThat(slots.status()).as("%s", slots).isEqualTo(409);
        assertThat(slots.string("detail")).contains("Scotland");
    }
}
