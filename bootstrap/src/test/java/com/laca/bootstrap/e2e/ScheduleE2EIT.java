package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningServer.class)
@DisplayName("Staff shape availability with working hours, overrides, time off, closures and booking terms")
class ScheduleE2EIT {

    private static final Map<String, String> NONE = Map.of();
    private static BookingFixture clinic;

    @BeforeAll
    static void setUp() {
        clinic = BookingFixture.everyDay("schedule");
    }

    @Test
    @DisplayName("The weekly rota reads back as it was written")
    void workingHoursRoundTrip() {
        Api.Response hours = clinic.owner.get("/api/practitioners/" + clinic.practitioner + "/working-hours");
        assertThat(hours.status()).isEqualTo(200);
        assertThat(hours.structure().asJsonArray()).hasSize(7);
        assertThat(hours.body()).contains("\"start\":\"09:00\"", "\"end\":\"17:00\"", clinic.location);
    }

    @Test
    @DisplayName("A closed override empties that day; removing it brings the day back")
    void override() {
        LocalDate day = BookingFixture.upcoming(DayOfWeek.MONDAY, 4);
        String path = "/api/practitioners/" + clinic.practitioner + "/overrides/" + day + "?location=" + clinic.location;
        Api.Response closed = clinic.owner.put(path, "{\"windows\": []}", NONE);
        assertThat(closed.status()).as("%s", closed).isEqualTo(200);
        assertThat(closed.json().getBoolean("closed")).isTrue();
        assertThat(clinic.starts(day, day)).isEmpty();
        Api.Response evening = clinic.owner.put(path, "{\"windows\": [{\"start\": \"17:00\", \"end\": \"18:00\"}]}",
                NONE);
        assertThat(evening.status()).isEqualTo(200);
        assertThat(clinic.starts(day, day)).containsExactly(BookingFixture.at(day, "17:00"),
                BookingFixture.at(day, "17:30"));
        assertThat(clinic.owner.get("/api/practitioners/" + clinic.practitioner + "/overrides?from=" + day + "&to="
                + day).body()).contains(day.toString());
        assertThat(clinic.owner.delete(path, NONE).status()).isEqualTo(204);
        assertThat(clinic.starts(day, day)).hasSize(16);
        assertThat(clinic.owner.put("/api/practitioners/" + clinic.practitioner + "/overrides/" + day,
                "{\"windows\": []}", NONE).status()).as("location is required").isEqualTo(400);
    }

    @Test
    @DisplayName("Time off removes the slots it touches, and removing it gives them back")
    void timeOff() {
        LocalDate day = BookingFixture.upcoming(DayOfWeek.TUESDAY, 4);
        String path = "/api/practitioners/" + clinic.practitioner + "/time-off";
        Api.Response added = clinic.owner.post(path, "{\"start\": \"%s\", \"end\": \"%s\"}".formatted(
                BookingFixture.at(day, "09:00"), BookingFixture.at(day, "12:00")));
        assertThat(added.status()).as("%s", added).isEqualTo(201);
        assertThat(clinic.starts(day, day)).first().isEqualTo(BookingFixture.at(day, "12:00"));
        assertThat(clinic.owner.get(path + "?from=" + day + "&to=" + day).body()).contains(added.string("id"));
        assertThat(clinic.owner.delete(path + "/" + added.string("id"), NONE).status()).isEqualTo(204);
        assertThat(clinic.starts(day, day)).first().isEqualTo(BookingFixture.at(day, "09:00"));
        assertThat(clinic.owner.post(path, "{\"start\": \"%s\", \"end\": \"%s\"}".formatted(
                BookingFixture.at(day, "12:00"), BookingFixture.at(day, "09:00"))).status()).isEqualTo(400);
    }

    @Test
    @DisplayName("Time off is removed only under its own practitioner: another practitioner's URL is a 404")
    void timeOffUnderAnotherPractitioner() {
        LocalDate day = BookingFixture.upcoming(DayOfWeek.FRIDAY, 4);
        String path = "/api/practitioners/" + clinic.practitioner + "/time-off";
        String other = clinic.owner.get("/api/practitioners").json().getJsonArray("items").stream()
                .map(item -> item.asJsonObject().getString("id"))
                .filter(id -> !id.equals(clinic.practitioner)).findFirst().orElseThrow();
        Api.Response added = clinic.owner.post(path, "{\"start\": \"%s\", \"end\": \"%s\"}".formatted(
                BookingFixture.at(day, "09:00"), BookingFixture.at(day, "12:00")));
        assertThat(added.status()).as("%s", added).isEqualTo(201);

        Api.Response elsewhere = clinic.owner.delete("/api/practitioners/" + other + "/time-off/"
                + added.string("id"), NONE);
        assertThat(elsewhere.status()).as("%s", elsewhere).isEqualTo(404);
        assertThat(elsewhere.contentType()).startsWith("application/problem+json");
        assertThat(clinic.owner.get(path + "?from=" + day + "&to=" + day).body()).contains(added.string("id"));
        assertThat(clinic.owner.delete(path + "/" + added.string("id"), NONE).status()).isEqualTo(204);
    }

    @Test
    @DisplayName("A clinic closure shuts the date; the booking terms read back as set")
    void closureAndTerms() {
        LocalDate day = BookingFixture.upcoming(DayOfWeek.WEDNESDAY, 5);
        Api.Response closure = clinic.owner.put("/api/closures/" + day, "{\"name\": \"Staff training day\"}", NONE);
        assertThat(closure.status()).as("%s", closure).isEqualTo(200);
        try {
            assertThat(clinic.starts(day, day)).isEmpty();
            Api.Response closures = clinic.owner.get("/api/closures?from=" + day + "&to=" + day);
            assertThat(closures.body()).contains("Staff training day");
            // issue 9 defect 15: paged as docs/api.md promises, like every list
            assertThat(closures.json().getJsonArray("items")).hasSize(1);
            assertThat(closures.json().getInt("page")).isZero();
            assertThat(closures.json().getInt("size")).isEqualTo(20);
            assertThat(closures.json().getJsonNumber("total").longValue()).isEqualTo(1);
            assertThat(clinic.owner.get("/api/closures?from=" + day + "&to=" + day + "&page=1&size=1").json()
                    .getJsonArray("items")).as("past the last page").isEmpty();
            assertThat(clinic.owner.get("/api/closures?size=101").status()).isEqualTo(400);
        } finally {
            assertThat(clinic.owner.delete("/api/closures/" + day, NONE).status()).isEqualTo(204);
        }
        assertThat(clinic.starts(day, day)).isNotEmpty();

        Api.Response terms = clinic.owner.get("/api/settings/booking");
        assertThat(terms.status()).isEqualTo(200);
        Api.Response set = clinic.owner.put("/api/settings/booking", """
                {"freeCancellationHours": %d, "holdMinutes": %d}""".formatted(
                terms.json().getInt("freeCancellationHours"), terms.json().getInt("holdMinutes")), NONE);
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.json()).isEqualTo(terms.json());
    }

    @Test
    @DisplayName("A blocked room is listed under that room and can be unblocked")
    void resourceBlocks() {
        Api.Response room = clinic.owner.post("/api/resources", """
                {"locationId": "%s", "name": "E2E room", "type": "TREATMENT_ROOM"}""".formatted(clinic.location));
        assertThat(room.status()).as("%s", room).isEqualTo(201);
        LocalDate day = BookingFixture.upcoming(DayOfWeek.THURSDAY, 4);
        String path = "/api/resources/" + room.string("id") + "/blocks";
        Api.Response block = clinic.owner.post(path, "{\"start\": \"%s\", \"end\": \"%s\"}".formatted(
                BookingFixture.at(day, "09:00"), BookingFixture.at(day, "17:00")));
        assertThat(block.status()).as("%s", block).isEqualTo(201);
        assertThat(clinic.owner.get(path + "?from=" + day + "&to=" + day).body()).contains(block.string("id"));
        assertThat(clinic.owner.delete(path + "/" + block.string("id"), NONE).status()).isEqualTo(204);
        assertThat(clinic.owner.get(path + "?from=" + day + "&to=" + day).body()).doesNotContain(block.string("id"));
    }

    @Test
    @DisplayName("A block is removed only under its own room: another room's URL is a 404")
    void blockUnderAnotherRoom() {
        String[] rooms = new String[2];
        for (int i = 0; i < rooms.length; i++) {
            Api.Response room = clinic.owner.post("/api/resources", """
                    {"locationId": "%s", "name": "E2E room %d", "type": "TREATMENT_ROOM"}""".formatted(
                    clinic.location, i));
            assertThat(room.status()).as("%s", room).isEqualTo(201);
            rooms[i] = room.string("id");
        }
        LocalDate day = BookingFixture.upcoming(DayOfWeek.THURSDAY, 5);
        String path = "/api/resources/" + rooms[0] + "/blocks";
        Api.Response block = clinic.owner.post(path, "{\"start\": \"%s\", \"end\": \"%s\"}".formatted(
                BookingFixture.at(day, "09:00"), BookingFixture.at(day, "17:00")));
        assertThat(block.status()).as("%s", block).isEqualTo(201);

        Api.Response elsewhere = clinic.owner.delete("/api/resources/" + rooms[1] + "/blocks/" + block.string("id"),
                NONE);
        assertThat(elsewhere.status()).as("%s", elsewhere).isEqualTo(404);
        assertThat(clinic.owner.get(path + "?from=" + day + "&to=" + day).body()).contains(block.string("id"));
        assertThat(clinic.owner.delete(path + "/" + block.string("id"), NONE).status()).isEqualTo(204);
    }

    @Test
    @DisplayName("A treatment's deposit rule is stored and shown with the amount due")
    void deposit() {
        Api.Response created = clinic.owner.post("/api/treatments", """
                {"name": "E2E deposit %s", "category": "SKIN", "durationMinutes": 30, "priceMinorUnits": 27500,
                 "deposit": {"type": "PERCENTAGE", "basisPoints": 2500, "minimumMinorUnits": 2000}}"""
                .formatted(UUID.randomUUID()));
        assertThat(created.status()).as("%s", created).isEqualTo(201);
        assertThat(created.json().getJsonObject("deposit").getString("type")).isEqualTo("PERCENTAGE");
        assertThat(created.json().getJsonObject("deposit").getInt("basisPoints")).isEqualTo(2500);
        assertThat(created.json().getInt("depositDueMinorUnits")).isEqualTo(6875);
        Api.Response fetched = clinic.owner.get("/api/treatments/" + created.string("id"));
        assertThat(fetched.json().getJsonObject("deposit")).isEqualTo(created.json().getJsonObject("deposit"));
    }
}
