package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningServer.class)
@DisplayName("A staff account linked to its practitioner record sees its own calendar and acts on its own bookings")
class PractitionerCalendarE2EIT {

    @Test
    @DisplayName("linked by the owner, a practitioner's list defaults to their own appointments; cancelling a "
            + "colleague's is 403, their own is 200")
    void ownCalendar() {
        BookingFixture mine = BookingFixture.everyDay("own-calendar");
        BookingFixture colleagues = BookingFixture.everyDay("colleague-calendar");
        LocalDate day = BookingFixture.upcoming(DayOfWeek.TUESDAY, 4);
        Api.Response mineBooked = mine.book(Api.anonymous(), BookingFixture.at(day, "10:00"));
        assertThat(mineBooked.status()).as("%s", mineBooked).isEqualTo(201);
        String myBooking = mineBooked.json().getJsonObject("appointment").getString("id");
        String myToken = mineBooked.json().getString("manageToken");
        assertThat(mineBooked.json().getJsonObject("appointment")).doesNotContainKey("clientPhone");
        String colleaguesBooking = booked(colleagues, day);
        String token = Sessions.newDemoStaff(Set.of("PRACTITIONER"));
        Api practitioner = Api.withToken(token);
        String link = "/api/staff/" + subject(token) + "/practitioner";

        Api.Response linked = mine.owner.put(link, "{\"practitionerId\": \"" + mine.practitioner + "\"}",
                Map.of());

        assertThat(linked.status()).as("%s", linked).isEqualTo(200);
        assertThat(linked.json().getString("practitionerId")).isEqualTo(mine.practitioner);
        assertThat(ids(practitioner.get("/api/appointments?from=" + day + "&to=" + day))).containsExactly(myBooking);
        JsonObject shown = practitioner.get("/api/appointments/" + myBooking).json();
        assertThat(shown.getString("locationName")).startsWith("E2E own-calendar");
        assertThat(shown.getString("clientPhone")).isNotBlank();
        assertThat(Api.anonymous().get("/api/public/" + Sessions.DEMO + "/bookings/" + myToken).json())
                .as("never in a public answer").doesNotContainKeys("clientPhone", "locationName", "resourceNames");
        assertThat(ids(practitioner.get("/api/appointments?from=" + day + "&to=" + day + "&practitioner="
                + colleagues.practitioner))).as("a colleague's list when asked for").containsExactly(colleaguesBooking);

        Api.Response refused = practitioner.post("/api/appointments/" + colleaguesBooking + "/cancel", "{\"reason\": \"ILLNESS\"}");
        assertThat(refused.status()).as("%s", refused).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().getString("detail")).contains("APPOINTMENTS_MANAGE_ANY");

        Api.Response cancelled = practitioner.post("/api/appointments/" + myBooking + "/cancel", "{\"reason\": \"ILLNESS\"}");
        assertThat(cancelled.status()).as("%s", cancelled).isEqualTo(200);
    }

    @Test
    @DisplayName("a link names a practitioner of this clinic (400 otherwise) and only owner or manager sets it (403)")
    void linkRules() {
        String token = Sessions.newDemoStaff(Set.of("PRACTITIONER"));
        String link = "/api/staff/" + subject(token) + "/practitioner";
        Api owner = Api.withToken(Sessions.demoOwner());

        Api.Response unknown = owner.put(link, "{\"practitionerId\": \"" + UUID.randomUUID() + "\"}",
                Map.of());
        Api.Response byDesk = Api.withToken(Sessions.newDemoStaff(Set.of("FRONTDESK"))).put(link,
                "{\"practitionerId\": null}", Map.of());

        assertThat(unknown.status()).as("%s", unknown).isEqualTo(400);
        assertThat(unknown.json().toString()).contains("practitionerId");
        assertThat(byDesk.status()).as("%s", byDesk).isEqualTo(403);
    }

    private static String booked(BookingFixture fixture, LocalDate day) {
        Api.Response booked = fixture.book(Api.anonymous(), BookingFixture.at(day, "10:00"));
        assertThat(booked.status()).as("%s", booked).isEqualTo(201);
        return booked.json().getJsonObject("appointment").getString("id");
    }

    private static List<String> ids(Api.Response list) {
        assertThat(list.status()).as("%s", list).isEqualTo(200);
        JsonArray items = list.json().getJsonArray("items");
        return items.stream().map(v -> v.asJsonObject().getString("id")).toList();
    }

    /** The staff account id: the access token's subject. */
    private static String subject(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return Json.createReader(new StringReader(payload)).readObject().getString("sub");
    }
}
