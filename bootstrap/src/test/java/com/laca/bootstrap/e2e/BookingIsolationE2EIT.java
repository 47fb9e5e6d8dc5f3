package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningServer.class)
@DisplayName("Another clinic can neither see nor act on the demo clinic's appointments and schedule")
class BookingIsolationE2EIT {

    @Test
    @DisplayName("With its own token, by id, by calendar or by manage token, the other clinic gets nothing")
    void noCrossTenantAccess() {
        BookingFixture clinic = BookingFixture.everyDay("isolation");
        LocalDate day = BookingFixture.upcoming(DayOfWeek.SATURDAY, 1);
        Api.Response booked = clinic.book(Api.anonymous(), BookingFixture.at(day, "12:00"));
        assertThat(booked.status()).as("%s", booked).isEqualTo(201);
        String id = booked.json().getJsonObject("appointment").getString("id");
        String token = booked.string("manageToken");
        Api other = Api.withToken(Sessions.otherOwner());

        assertThat(other.get("/api/appointments/" + id).status()).isEqualTo(404);
        for (String action : new String[]{"check-in", "complete", "no-show", "cancel"}) {
            // cancel needs a reason body, else it is a 400 before the appointment is looked up
            String body = action.equals("cancel") ? "{\"reason\": \"CLIENT_REQUEST\"}" : null;
            assertThat(other.post("/api/appointments/" + id + "/" + action, body).status()).as(action).isEqualTo(404);
        }
        Api.Response calendar = other.get("/api/appointments?from=" + day + "&to=" + day);
        assertThat(calendar.status()).isEqualTo(200);
        assertThat(calendar.body()).doesNotContain(id);
        assertThat(other.get("/api/appointments?from=" + day + "&to=" + day + "&location=" + clinic.location)
                .body()).doesNotContain(id);

        String otherPublic = "/api/public/" + Sessions.OTHER + "/bookings/" + token;
        assertThat(Api.anonymous().get(otherPublic).status()).isEqualTo(404);
        assertThat(Api.anonymous().post(otherPublic + "/cancel", null).status()).isEqualTo(404);

        assertThat(other.get("/api/practitioners/" + clinic.practitioner + "/working-hours").status())
                .isEqualTo(404);
        assertThat(other.put("/api/practitioners/" + clinic.practitioner + "/working-hours", "[]", Map.of())
                .status()).isIn(400, 404);
        assertThat(Api.anonymous().get("/api/public/" + Sessions.OTHER + "/availability?treatment="
                + clinic.treatment + "&from=" + day + "&to=" + day).status()).isEqualTo(404);

        Api.Response still = Api.anonymous().get("/api/public/" + Sessions.DEMO + "/bookings/" + token);
        assertThat(still.status()).isEqualTo(200);
        assertThat(still.string("status")).isIn("HELD", "CONFIRMED");
    }

    @Test
    @DisplayName("Without a token the staff calendar is a 401 problem")
    void needsToken() {
        Api.Response response = Api.anonymous().get("/api/appointments?from=2026-12-01&to=2026-12-01");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
