package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningServer.class)
@DisplayName("Time off over a booked day is refused with the bookings it would break, unless they are kept")
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
}
