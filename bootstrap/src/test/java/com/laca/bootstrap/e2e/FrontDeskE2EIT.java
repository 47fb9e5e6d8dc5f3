package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningServer.class)
@DisplayName("The front desk's day on the running server (issue 9): overlaps, staff reschedule, working hours")
class FrontDeskE2EIT {

    private static String bookingFor(BookingFixture clinic, String start, String email, String extra) {
        return """
                {"treatment": "%s", "start": "%s", "practitioner": "any", "location": "%s",
                 "client": {"firstName": "Olive", "lastName": "Overlap", "email": "%s",
                            "phone": "07700 900123", "dateOfBirth": "1985-02-01"}%s}"""
                .formatted(clinic.treatment, start, clinic.location, email, extra);
    }

    /** A second practitioner at the fixture's location, working the same days. */
    private static void secondPractitioner(BookingFixture clinic) {
        Api.Response second = clinic.owner.post("/api/practitioners", """
                {"displayName": "Second %s", "qualifications": ["NURSE"], "locationIds": ["%s"]}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8), clinic.location));
        assertThat(second.status()).as("%s", second).isEqualTo(201);
        String rota = clinic.owner.get("/api/practitioners/" + clinic.practitioner + "/working-hours").body();
        Api.Response hours = clinic.owner.put("/api/practitioners/" + second.string("id") + "/working-hours", rota,
                Map.of());
        assertThat(hours.status()).as("%s", hours).isEqualTo(200);
    }

    @Test
    @DisplayName("the same client at the same time with two practitioners is refused (CLIENT_BUSY); staff may allow "
            + "it with a reason")
    void clientCannotBeInTwoRooms() {
        BookingFixture clinic = BookingFixture.everyDay("overlap");
        secondPractitioner(clinic);
        String start = BookingFixture.at(BookingFixture.upcoming(DayOfWeek.TUESDAY, 2), "10:00");
        String email = "olive-" + UUID.randomUUID() + "@example.com";
        String publicPath = "/api/public/" + Sessions.DEMO + "/bookings";

        Api.Response first = Api.anonymous().post(publicPath, bookingFor(clinic, start, email, ""));
        assertThat(first.status()).as("%s", first).isEqualTo(201);
        Api.Response second = Api.anonymous().post(publicPath, bookingFor(clinic, start, email, ""));
        assertThat(second.status()).as("%s", second).isEqualTo(409);
        assertThat(second.string("reason")).isEqualTo("CLIENT_BUSY");

        Api.Response staffWithoutReason = clinic.owner.post("/api/appointments", bookingFor(clinic, start, email, ""));
        assertThat(staffWithoutReason.status()).as("%s", staffWithoutReason).isEqualTo(409);
        Api.Response staffWithReason = clinic.owner.post("/api/appointments",
                bookingFor(clinic, start, email, ", \"clientOverlapReason\": \"peel and facial side by side\""));
        assertThat(staffWithReason.status()).as("%s", staffWithReason).isEqualTo(201);
    }

    @Test
    @DisplayName("reception moves a booking by its id: same appointment, new time, and the client's link still works")
    void staffReschedule() {
        BookingFixture clinic = BookingFixture.everyDay("staff move");
        LocalDate day = BookingFixture.upcoming(DayOfWeek.WEDNESDAY, 2);
        Api.Response booked = clinic.book(Api.anonymous(), BookingFixture.at(day, "11:00"));
        assertThat(booked.status()).as("%s", booked).isEqualTo(201);
        String id = booked.json().getJsonObject("appointment").getString("id");

        Api.Response moved = clinic.owner.post("/api/appointments/" + id + "/reschedule",
                "{\"start\": \"" + BookingFixture.at(day, "13:00") + "\"}");

        assertThat(moved.status()).as("%s", moved).isEqualTo(200);
        assertThat(moved.json().getJsonObject("appointment").getString("id")).isEqualTo(id);
        assertThat(moved.json().getJsonObject("appointment").getString("start"))
                .isEqualTo(BookingFixture.at(day, "13:00"));
        Api.Response view = Api.anonymous().get("/api/public/" + Sessions.DEMO + "/bookings/"
                + booked.string("manageToken"));
        assertThat(view.string("start")).isEqualTo(BookingFixture.at(day, "13:00"));
        assertThat(clinic.owner.post("/api/appointments/" + UUID.randomUUID() + "/reschedule",
                "{\"start\": \"" + BookingFixture.at(day, "14:00") + "\"}").status()).isEqualTo(404);
    }

    @Test
    @DisplayName("working hours at a location the practitioner does not work at are a 400 naming the entry")
    void hoursWhereThePractitionerWorks() {
        BookingFixture clinic = BookingFixture.everyDay("hours");
        Api.Response elsewhere = clinic.owner.post("/api/locations", """
                {"name": "Elsewhere %s", "zone": "Europe/London",
                 "address": {"line1": "2 Test Street", "city": "London", "postcode": "W1G 8QH", "country": "GB"}}"""
                .formatted(UUID.randomUUID().toString().substring(0, 8)));
        assertThat(elsewhere.status()).as("%s", elsewhere).isEqualTo(201);

        Api.Response refused = clinic.owner.put("/api/practitioners/" + clinic.practitioner + "/working-hours",
                "[" + BookingFixture.rule(DayOfWeek.MONDAY, "[{\"start\":\"09:00\",\"end\":\"17:00\"}]", null, null)
                        .replace("LOCATION", elsewhere.string("id")) + "]", Map.of());

        assertThat(refused.status()).as("%s", refused).isEqualTo(400);
        assertThat(refused.body()).contains("[0].location");
    }
}
