package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningServer.class)
@DisplayName("A client books online, and the clinic sees and works the appointment")
class BookingJourneyE2EIT {

    private static BookingFixture clinic;

    @BeforeAll
    static void setUp() {
        clinic = BookingFixture.everyDay("journey");
    }

    private static String publicPath(String rest) {
        return "/api/public/" + Sessions.DEMO + rest;
    }

    @Test
    @DisplayName("A client sees a slot, books it, gets a manage token, views and cancels it, and the slot is offered "
            + "again; the front desk sees it on the calendar; it can be booked again")
    void bookViewCancelRebook() {
        LocalDate day = BookingFixture.upcoming(DayOfWeek.TUESDAY, 1);
        String start = BookingFixture.at(day, "10:00");
        assertThat(clinic.starts(day, day)).contains(start);

        Api.Response booked = clinic.book(Api.anonymous(), start);
        assertThat(booked.status()).as("%s", booked).isEqualTo(201);
        String token = booked.string("manageToken");
        JsonObject appointment = booked.json().getJsonObject("appointment");
        assertThat(token).isNotBlank();
        assertThat(booked.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/bookings/" + token));
        assertThat(appointment.getString("start")).isEqualTo(start);
        assertThat(appointment.getString("practitioner")).isEqualTo(clinic.practitioner);
        assertThat(appointment.getString("status")).isIn("HELD", "CONFIRMED");
        if (appointment.getString("status").equals("HELD")) {
            assertThat(appointment.getString("holdExpiresAt")).isNotBlank();
        }
        assertThat(clinic.starts(day, day)).as("no stale listing right after booking").doesNotContain(start);

        Api.Response viewed = Api.anonymous().get(publicPath("/bookings/" + token));
        assertThat(viewed.status()).isEqualTo(200);
        assertThat(viewed.string("id")).isEqualTo(appointment.getString("id"));

        String frontDesk = Sessions.newDemoStaff(Set.of("FRONTDESK"));
        Api.Response calendar = Api.withToken(frontDesk).get("/api/appointments?from=" + day + "&to=" + day
                + "&location=" + clinic.location);
        assertThat(calendar.status()).as("%s", calendar).isEqualTo(200);
        assertThat(calendar.body()).contains(appointment.getString("id"));
        // issue 9 defect 15: the calendar is paged as docs/api.md promises ({items, page, size, total})
        assertThat(calendar.json().getJsonArray("items").getJsonObject(0).getString("id"))
                .isEqualTo(appointment.getString("id"));
        assertThat(calendar.json().getJsonNumber("total").longValue()).isEqualTo(1);
        assertThat(calendar.json().getInt("size")).isEqualTo(20);
        Api.Response secondPage = Api.withToken(frontDesk).get("/api/appointments?from=" + day + "&to=" + day
                + "&location=" + clinic.location + "&page=1&size=1");
        assertThat(secondPage.json().getJsonArray("items")).isEmpty();
        assertThat(secondPage.json().getJsonNumber("total").longValue()).isEqualTo(1);

        Api.Response cancelled = Api.anonymous().post(publicPath("/bookings/" + token + "/cancel"), null);
        assertThat(cancelled.status()).as("%s", cancelled).isEqualTo(200);
        assertThat(cancelled.json().getJsonObject("appointment").getString("status")).isEqualTo("CANCELLED");
        assertThat(cancelled.string("cancellation")).isEqualTo("FREE_CANCELLATION");
        assertThat(clinic.starts(day, day)).as("the cancelled slot is offered again").contains(start);

        Api.Response again = Api.anonymous().post(publicPath("/bookings/" + token + "/cancel"), null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
        assertThat(again.string("reason")).isEqualTo("ILLEGAL_TRANSITION");

        Api.Response rebooked = clinic.book(Api.anonymous(), start);
        assertThat(rebooked.status()).as("cancel then rebook: %s", rebooked).isEqualTo(201);
    }

    @Test
    @DisplayName("A client moves their booking: the old time is offered again, the new one is not")
    void reschedule() {
        LocalDate day = BookingFixture.upcoming(DayOfWeek.WEDNESDAY, 1);
        String first = BookingFixture.at(day, "11:00");
        String second = BookingFixture.at(day, "14:00");
        Api.Response booked = clinic.book(Api.anonymous(), first);
        assertThat(booked.status()).as("%s", booked).isEqualTo(201);
        String token = booked.string("manageToken");

        Api.Response moved = Api.anonymous().post(publicPath("/bookings/" + token + "/reschedule"),
                "{\"start\": \"" + second + "\", \"practitioner\": \"any\"}");
        assertThat(moved.status()).as("%s", moved).isEqualTo(200);
        assertThat(moved.json().getJsonObject("appointment").getString("start")).isEqualTo(second);
        List<String> starts = clinic.starts(day, day);
        assertThat(starts).contains(first).doesNotContain(second);
        assertThat(Api.anonymous().get(publicPath("/bookings/" + token)).string("start")).isEqualTo(second);

        Api.Response taken = clinic.book(Api.anonymous(), second);
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.string("reason")).isEqualTo("PRACTITIONER_BUSY");
        assertThat(taken.string("detail")).isNotBlank();
    }

    @Test
    @DisplayName("A booking keeps the price and deposit it was made on: after the clinic raises the treatment's price "
            + "and deposit, the manage link, a move and the staff calendar still show £50.00 with £20.00 down")
    void keepsItsTerms() {
        BookingFixture terms = BookingFixture.everyDay("terms", "{\"type\": \"FIXED\", \"amountMinorUnits\": 2000}");
        LocalDate day = BookingFixture.upcoming(DayOfWeek.THURSDAY, 1);
        Api.Response booked = terms.book(Api.anonymous(), BookingFixture.at(day, "10:00"));
        assertThat(booked.status()).as("%s", booked).isEqualTo(201);
        String token = booked.string("manageToken");
        String appointment = booked.json().getJsonObject("appointment").getString("id");
        long version = terms.owner.get("/api/treatments/" + terms.treatment).json().getJsonNumber("version")
                .longValue();

        Api.Response raised = terms.owner.put("/api/treatments/" + terms.treatment, """
                {"name": "E2E raised %s", "category": "SKIN", "description": null, "durationMinutes": 30,
                 "bufferBeforeMinutes": 0, "bufferAfterMinutes": 0, "priceMinorUnits": 9000,
                 "requiredQualification": null, "requiredResourceTypes": [], "slotStepMinutes": 30,
                 "minimumNoticeMinutes": 60, "maximumAdvanceDays": 366,
                 "deposit": {"type": "FIXED", "amountMinorUnits": 4000}, "active": true}""".formatted(appointment),
                Sessions.ifMatch(version));
        assertThat(raised.status()).as("%s", raised).isEqualTo(200);
        assertThat(raised.json().getInt("priceMinorUnits")).isEqualTo(9000);

        JsonObject viewed = Api.anonymous().get(publicPath("/bookings/" + token)).json().getJsonObject("terms");
        assertThat(viewed.getJsonNumber("priceMinorUnits").longValue()).isEqualTo(5000);
        assertThat(viewed.getJsonNumber("depositMinorUnits").longValue()).isEqualTo(2000);
        assertThat(viewed.getString("price")).isEqualTo("£50.00");
        Api.Response moved = Api.anonymous().post(publicPath("/bookings/" + token + "/reschedule"),
                "{\"start\": \"" + BookingFixture.at(day, "14:00") + "\", \"practitioner\": \"any\"}");
        assertThat(moved.status()).as("%s", moved).isEqualTo(200);
        assertThat(moved.json().getJsonObject("appointment").getJsonObject("terms")
                .getJsonNumber("priceMinorUnits").longValue()).isEqualTo(5000);
        JsonObject staff = terms.owner.get("/api/appointments/" + appointment).json().getJsonObject("terms");
        assertThat(staff.getJsonNumber("priceMinorUnits").longValue()).isEqualTo(5000);
        assertThat(staff.getJsonNumber("depositMinorUnits").longValue()).isEqualTo(2000);
    }

    @Test
    @DisplayName("A cancelled booking cannot be moved: a 409 transition-refused problem says why, like cancelling")
    void rescheduleCancelled() {
        LocalDate day = BookingFixture.upcoming(DayOfWeek.WEDNESDAY, 2);
        Api.Response booked = clinic.book(Api.anonymous(), BookingFixture.at(day, "10:00"));
        assertThat(booked.status()).as("%s", booked).isEqualTo(201);
        String token = booked.string("manageToken");
        assertThat(Api.anonymous().post(publicPath("/bookings/" + token + "/cancel"), null).status()).isEqualTo(200);

        Api.Response moved = Api.anonymous().post(publicPath("/bookings/" + token + "/reschedule"),
                "{\"start\": \"" + BookingFixture.at(day, "14:00") + "\", \"practitioner\": \"any\"}");

        assertThat(moved.status()).as("%s", moved).isEqualTo(409);
        assertThat(moved.contentType()).startsWith("application/problem+json");
        assertThat(moved.string("type")).isEqualTo("https://laca.dev/problems/transition-refused");
        assertThat(moved.string("reason")).isEqualTo("ILLEGAL_TRANSITION");
        assertThat(moved.string("detail")).contains("CANCELLED");
        assertThat(Api.anonymous().get(publicPath("/bookings/" + token)).string("status")).isEqualTo("CANCELLED");
    }

    @Test
    @DisplayName("Back-to-back appointments both succeed")
    void backToBack() {
        LocalDate day = BookingFixture.upcoming(DayOfWeek.THURSDAY, 1);
        assertThat(clinic.book(Api.anonymous(), BookingFixture.at(day, "09:00")).status()).isEqualTo(201);
        assertThat(clinic.book(Api.anonymous(), BookingFixture.at(day, "09:30")).status()).isEqualTo(201);
        assertThat(clinic.calendar(day, day)).hasSize(2);
    }

    @Test
    @DisplayName("Staff book on a client's behalf, check in and complete; an illegal move is a 409 with the reason")
    void staffLifecycle() {
        LocalDate day = BookingFixture.upcoming(DayOfWeek.FRIDAY, 1);
        Api frontDesk = Api.withToken(Sessions.newDemoStaff(Set.of("FRONTDESK")));
        Api.Response booked = frontDesk.post("/api/appointments",
                clinic.bookingJson(BookingFixture.at(day, "15:00"), clinic.practitioner));
        assertThat(booked.status()).as("%s", booked).isEqualTo(201);
        String id = booked.json().getJsonObject("appointment").getString("id");
        assertThat(booked.header("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/appointments/" + id));
        assertThat(frontDesk.get("/api/appointments/" + id).status()).isEqualTo(200);

        Api.Response noShow = frontDesk.post("/api/appointments/" + id + "/no-show", null);
        assertThat(noShow.status()).isEqualTo(409);
        assertThat(noShow.string("reason")).isIn("NOT_STARTED_YET", "ILLEGAL_TRANSITION");

        if (frontDesk.get("/api/appointments/" + id).string("status").equals("HELD")) {
            assertThat(frontDesk.post("/api/appointments/" + id + "/check-in", null).status())
                    .as("a hold cannot be checked in").isEqualTo(409);
            return;
        }
        // days ahead: check-in opens an hour before the start and completing waits for the start (issue 9 item 7)
        Api.Response early = frontDesk.post("/api/appointments/" + id + "/check-in", null);
        assertThat(early.status()).as("%s", early).isEqualTo(409);
        assertThat(early.string("type")).isEqualTo("https://laca.dev/problems/transition-refused");
        assertThat(early.string("reason")).isEqualTo("NOT_STARTED_YET");
        assertThat(early.string("detail")).contains("check-in opens at");
        Api.Response completedEarly = frontDesk.post("/api/appointments/" + id + "/complete", null);
        assertThat(completedEarly.status()).as("%s", completedEarly).isEqualTo(409);
        assertThat(frontDesk.get("/api/appointments/" + id).string("status")).isEqualTo("CONFIRMED");

        Api.Response cancelled = frontDesk.post("/api/appointments/" + id + "/cancel", "{\"reason\": \"CLIENT_REQUEST\"}");
        assertThat(cancelled.status()).as("%s", cancelled).isEqualTo(200);
        Api.Response twice = frontDesk.post("/api/appointments/" + id + "/cancel", "{\"reason\": \"CLIENT_REQUEST\"}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.contentType()).startsWith("application/problem+json");
        assertThat(twice.string("reason")).isEqualTo("ILLEGAL_TRANSITION");
        assertThat(twice.string("detail")).isEqualTo("This appointment is already cancelled.");
    }

    @Test
    @DisplayName("A time that is not offered is refused with the reason, never booked")
    void notOffered() {
        LocalDate day = BookingFixture.upcoming(DayOfWeek.MONDAY, 2);
        Api.Response offStep = clinic.book(Api.anonymous(), BookingFixture.at(day, "10:10"));
        assertThat(offStep.status()).isEqualTo(409);
        assertThat(offStep.string("reason")).isEqualTo("NOT_ON_STEP");
        Api.Response evening = clinic.book(Api.anonymous(), BookingFixture.at(day, "20:00"));
        assertThat(evening.status()).isEqualTo(409);
        assertThat(evening.string("reason")).isEqualTo("OUTSIDE_WORKING_HOURS");
        assertThat(clinic.calendar(day, day)).isEmpty();
    }

    @Test
    @DisplayName("The booking API is described in the OpenAPI document, with examples")
    void openApi() {
        Api.Response openapi = Api.anonymous().get("/openapi");
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/public/{tenantSlug}/availability",
                "/api/public/{tenantSlug}/bookings/{manageToken}/reschedule", "/api/appointments/{id}/check-in",
                "/api/practitioners/{id}/working-hours", "/api/settings/booking", "RefusalProblem",
                "PRACTITIONER_BUSY", "2026-12-01T09:00:00Z");
    }
}
