package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningServer.class)
@DisplayName("Changes that would break booked appointments are refused with the list of them, unless they are kept")
class AffectedBookingsE2EIT {

    @Test
    @DisplayName("Time off over a booked hour answers 409 listing it; with affected=keep it is added and the booking stays")
    void timeOffOverBookedDay() {
        BookingFixture clinic = BookingFixture.everyDay("affected");
        LocalDate day = BookingFixture.upcoming(DayOfWeek.THURSDAY, 3);
        Api.Response booked = clinic.book(Api.anonymous(), BookingFixture.at(day, "10:00"));
        assertThat(booked.status()).as("%s", booked).isEqualTo(201);
        String id = booked.json().getJsonObject("appointment").getString("id");
        String path = "/api/practitioners/" + clinic.practitioner + "/time-off";
        String body = "{\"start\": \"%s\", \"end\": \"%s\"}".formatted(BookingFixture.at(day, "09:00"),
                BookingFixture.at(day, "17:00"));

        Api.Response refused = clinic.owner.post(path, body);

        assertThat(refused.status()).as("%s", refused).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getString("type")).isEqualTo("https://laca.dev/problems/affects-bookings");
        assertThat(refused.json().getJsonArray("appointments")).hasSize(1);
        JsonObject affected = refused.json().getJsonArray("appointments").getJsonObject(0);
        assertThat(affected.getString("id")).isEqualTo(id);
        assertThat(affected.getString("client")).startsWith("Test Client");
        assertThat(affected.keySet()).containsExactlyInAnyOrder("id", "start", "treatment", "client");
        assertThat(clinic.owner.get(path + "?from=" + day + "&to=" + day).structure().asJsonArray()).isEmpty();

        Api.Response kept = clinic.owner.post(path + "?affected=keep", body);

        assertThat(kept.status()).as("%s", kept).isEqualTo(201);
        assertThat(clinic.calendar(day, day)).extracting(a -> a.getString("id")).containsExactly(id);
        assertThat(clinic.owner.post(path + "?affected=cancel-all", body).status()).isEqualTo(400);
    }

    @Test
    @DisplayName("Deactivating a booked practitioner or location, or removing the qualification a booking needs, answers "
            + "409 listing the appointment; with affected=keep the change is made and the booking stays")
    void clinicRecordChangesOverBookings() {
        BookingFixture clinic = BookingFixture.everyDay("affected-records");
        LocalDate day = BookingFixture.upcoming(DayOfWeek.FRIDAY, 3);
        Api.Response booked = clinic.book(Api.anonymous(), BookingFixture.at(day, "11:00"));
        assertThat(booked.status()).as("%s", booked).isEqualTo(201);
        String id = booked.json().getJsonObject("appointment").getString("id");
        Api.Response needsNurse = clinic.owner.send("PATCH", "/api/treatments/" + clinic.treatment,
                "{\"requiredQualification\": \"NURSE\"}", patchAt(0));
        assertThat(needsNurse.status()).as("%s", needsNurse).isEqualTo(200);
        String practitioner = "/api/practitioners/" + clinic.practitioner;
        String location = "/api/locations/" + clinic.location;

        Api.Response deactivate = clinic.owner.send("PATCH", practitioner, "{\"active\": false}", patchAt(0));
        Api.Response unqualify = clinic.owner.send("PATCH", practitioner, "{\"qualifications\": [\"AESTHETICIAN\"]}",
                patchAt(0));
        Api.Response closeSite = clinic.owner.send("PATCH", location, "{\"active\": false}", patchAt(0));

        for (Api.Response refused : List.of(deactivate, unqualify, closeSite)) {
            assertThat(refused.status()).as("%s", refused).isEqualTo(409);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().getString("type")).isEqualTo("https://laca.dev/problems/affects-bookings");
            assertThat(refused.json().getJsonArray("appointments")).extracting(a -> a.asJsonObject().getString("id"))
                    .containsExactly(id);
        }
        assertThat(clinic.owner.get(practitioner).json().getBoolean("active")).isTrue();
        assertThat(clinic.owner.get(location).json().getBoolean("active")).isTrue();

        Api.Response kept = clinic.owner.send("PATCH", location + "?affected=keep", "{\"active\": false}", patchAt(0));

        assertThat(kept.status()).as("%s", kept).isEqualTo(200);
        assertThat(kept.json().getBoolean("active")).isFalse();
        assertThat(clinic.calendar(day, day)).extracting(a -> a.getString("id")).containsExactly(id);
        assertThat(clinic.owner.send("PATCH", practitioner + "?affected=drop", "{\"active\": false}", patchAt(0))
                .status()).isEqualTo(400);
    }

    private static Map<String, String> patchAt(long version) {
        return Map.of("Content-Type", "application/merge-patch+json", "If-Match", "\"" + version + "\"");
    }
}
