package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A small corner of the demo clinic of its own for one test: a new location with one practitioner, one treatment
 * (30 minutes, 30-minute steps or five for the around-the-clock ones, one hour's notice, no room needed) and a weekly
 * rota, all set up through the staff API, so tests sharing the server never take each other's slots.
 */
final class BookingFixture {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    /**
     * The slot step of the around-the-clock treatments: on a 30-minute grid, 23:30 would end after the rota's 23:59
     * and the next start, midnight, can be an hour away, so at 23:00 no start within the hour would exist.
     */
    private static final int AROUND_THE_CLOCK_STEP_MINUTES = 5;

    final Api owner;
    final String location;
    final String practitioner;
    final String treatment;

    private BookingFixture(Api owner, String location, String practitioner, String treatment) {
        this.owner = owner;
        this.location = location;
        this.practitioner = practitioner;
        this.treatment = treatment;
    }

    /** Every day 09:00–17:00, with 366 days' advance booking. */
    static BookingFixture everyDay(String label) {
        return everyDay(label, "null");
    }

    /**
     * Every day, all day, no deposit, starts every five minutes: for a booking that must start soon whatever the time
     * (check-in opens 1 h before; see {@link #bookWithinTheHour}).
     */
    static BookingFixture aroundTheClock(String label) {
        return aroundTheClockOfCategory(label, "SKIN");
    }

    /** {@link #aroundTheClock} for a treatment of the given category: for a check-in that must be open now. */
    static BookingFixture aroundTheClockOfCategory(String label, String category) {
        String rota = Arrays.stream(DayOfWeek.values())
                .map(day -> rule(day, "[{\"start\":\"00:00\",\"end\":\"23:59\"}]", null, null))
                .collect(Collectors.joining(","));
        return create(Api.withToken(Sessions.demoOwner()), label, "[" + rota + "]", "null", category,
                AROUND_THE_CLOCK_STEP_MINUTES);
    }

    /** Every day 09:00–17:00, for a treatment asking the given deposit (JSON, {@code null} for none). */
    static BookingFixture everyDay(String label, String depositJson) {
        String rota = Arrays.stream(DayOfWeek.values())
                .map(day -> rule(day, "[{\"start\":\"09:00\",\"end\":\"17:00\"}]", null, null))
                .collect(Collectors.joining(","));
        return create(label, "[" + rota + "]", depositJson);
    }

    /** A fixture with the given rota, where {@code LOCATION} in the JSON stands for the new location's id. */
    static BookingFixture create(String label, String rotaJson) {
        return create(label, rotaJson, "null");
    }

    /** Every day 09:00–17:00, set up by the given owner of the demo clinic, on whichever server that client calls. */
    static BookingFixture everyDay(Api owner, String label) {
        String rota = Arrays.stream(DayOfWeek.values())
                .map(day -> rule(day, "[{\"start\":\"09:00\",\"end\":\"17:00\"}]", null, null))
                .collect(Collectors.joining(","));
        return create(owner, label, "[" + rota + "]", "null");
    }

    /** Every day 09:00–17:00, for a treatment of the given category (e.g. {@code ANTI_WRINKLE}), no deposit. */
    static BookingFixture everyDayOfCategory(String label, String category) {
        String rota = Arrays.stream(DayOfWeek.values())
                .map(day -> rule(day, "[{\"start\":\"09:00\",\"end\":\"17:00\"}]", null, null))
                .collect(Collectors.joining(","));
        return create(Api.withToken(Sessions.demoOwner()), label, "[" + rota + "]", "null", category, 30);
    }

    private static BookingFixture create(String label, String rotaJson, String depositJson) {
        return create(Api.withToken(Sessions.demoOwner()), label, rotaJson, depositJson);
    }

    private static BookingFixture create(Api owner, String label, String rotaJson, String depositJson) {
        return create(owner, label, rotaJson, depositJson, "SKIN", 30);
    }

    private static BookingFixture create(Api owner, String label, String rotaJson, String depositJson,
                                         String category, int slotStepMinutes) {
        String tag = label + " " + UUID.randomUUID().toString().substring(0, 8);
        Api.Response location = owner.post("/api/locations", """
                {"name": "E2E %s", "zone": "Europe/London",
                 "address": {"line1": "1 Test Street", "city": "London", "postcode": "W1G 8QH", "country": "GB"}}"""
                .formatted(tag));
        assertThat(location.status()).as("location: %s", location).isEqualTo(201);
        String locationId = location.string("id");
        Api.Response practitioner = owner.post("/api/practitioners", """
                {"displayName": "E2E %s", "qualifications": ["NURSE"], "locationIds": ["%s"]}"""
                .formatted(tag, locationId));
        assertThat(practitioner.status()).as("practitioner: %s", practitioner).isEqualTo(201);
        Api.Response treatment = owner.post("/api/treatments", """
                {"name": "E2E %s", "category": "%s", "durationMinutes": 30, "priceMinorUnits": 5000,
                 "slotStepMinutes": %d, "minimumNoticeMinutes": 60, "maximumAdvanceDays": 366, "deposit": %s}"""
                .formatted(tag, category, slotStepMinutes, depositJson));
        assertThat(treatment.status()).as("treatment: %s", treatment).isEqualTo(201);
        BookingFixture fixture = new BookingFixture(owner, locationId, practitioner.string("id"),
                treatment.string("id"));
        Api.Response hours = owner.put("/api/practitioners/" + fixture.practitioner + "/working-hours",
                rotaJson.replace("LOCATION", locationId), Map.of());
        assertThat(hours.status()).as("working hours: %s", hours).isEqualTo(200);
        return fixture;
    }

    /** One weekly rule as JSON; {@code LOCATION} is filled in by {@link #create}. */
    static String rule(DayOfWeek day, String windowsJson, String validFrom, String validUntil) {
        return """
                {"location": "LOCATION", "day": "%s", "windows": %s, "validFrom": %s, "validUntil": %s}"""
                .formatted(day, windowsJson, quoted(validFrom), quoted(validUntil));
    }

    private static String quoted(String text) {
        return text == null ? "null" : "\"" + text + "\"";
    }

    /** A date far enough ahead for the notice, on the given weekday. */
    static LocalDate upcoming(DayOfWeek day, int weeksAhead) {
        LocalDate date = LocalDate.now(LONDON).plusDays(2);
        while (date.getDayOfWeek() != day) {
            date = date.plusDays(1);
        }
        return date.plusWeeks(weeksAhead);
    }

    /** The ISO start of a local time at the location, with its offset, e.g. {@code 2026-12-01T10:00:00Z}. */
    static String at(LocalDate date, String time) {
        return LocalDateTime.of(date, LocalTime.parse(time)).atZone(LONDON)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    /** The public availability answer for this fixture's treatment and location. */
    Api.Response availability(LocalDate from, LocalDate to) {
        return Api.anonymous().get("/api/public/" + Sessions.DEMO + "/availability?treatment=" + treatment + "&from="
                + from + "&to=" + to + "&location=" + location);
    }

    /** The offered starts, as the API writes them. */
    List<String> starts(LocalDate from, LocalDate to) {
        Api.Response response = availability(from, to);
        assertThat(response.status()).as("availability: %s", response).isEqualTo(200);
        return response.json().getJsonArray("slots").stream().map(JsonValue::asJsonObject)
                .map(slot -> slot.getString("start")).toList();
    }

    /** A public booking body for a start, with a fresh client. */
    String bookingJson(String start, String practitionerChoice) {
        String client = UUID.randomUUID().toString().substring(0, 8);
        return """
                {"treatment": "%s", "start": "%s", "practitioner": "%s", "location": "%s",
                 "client": {"firstName": "Test", "lastName": "Client %s", "email": "client-%s@example.com",
                            "phone": "07700 900123", "dateOfBirth": "1990-04-15"}}"""
                .formatted(treatment, start, practitionerChoice, location, client, client);
    }

    /**
     * Books by the owner at the first five-minute start more than a minute and at most 58 minutes away that the clinic
     * accepts, so check-in (open an hour before) is allowed whenever the test runs: a fixed "next half hour" is refused
     * late in the evening, when the half hour would end after the rota's 23:59; with the five-minute steps of
     * {@link #aroundTheClock} some start in that window is always accepted.
     */
    Booked bookWithinTheHour() {
        ZonedDateTime now = ZonedDateTime.now(LONDON).truncatedTo(ChronoUnit.MINUTES);
        ZonedDateTime hour = now.truncatedTo(ChronoUnit.HOURS);
        List<String> refusals = new ArrayList<>();
        for (int minutes = 5; minutes <= 115; minutes += 5) {
            ZonedDateTime start = hour.plusMinutes(minutes);
            if (!start.isAfter(now.plusMinutes(1)) || start.isAfter(now.plusMinutes(58))) {
                continue;
            }
            Api.Response booked = owner.post("/api/appointments",
                    bookingJson(start.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME), "any"));
            if (booked.status() == 201) {
                return new Booked(start, booked);
            }
            refusals.add(start.toLocalTime() + ": " + booked.string("reason"));
        }
        throw new AssertionError("no slot could be booked within the next hour; the answers: " + refusals);
    }

    /** A booking the owner made, and where it starts. */
    record Booked(ZonedDateTime start, Api.Response response) {

        String appointment() {
            return response.json().getJsonObject("appointment").getString("id");
        }
    }

    /** Books publicly through the given server. */
    Api.Response book(Api api, String start) {
        return api.post("/api/public/" + Sessions.DEMO + "/bookings", bookingJson(start, "any"));
    }

    /** The staff calendar of this fixture's location for the dates, as the owner sees it. */
    List<JsonObject> calendar(LocalDate from, LocalDate to) {
        Api.Response response = owner.get("/api/appointments?from=" + from + "&to=" + to + "&location=" + location
                + "&size=100");
        assertThat(response.status()).as("calendar: %s", response).isEqualTo(200);
        assertThat(response.json().getJsonNumber("total").longValue()).as("one page holds the fixture's calendar")
                .isLessThanOrEqualTo(100);
        return response.json().getJsonArray("items").stream().map(JsonValue::asJsonObject).toList();
    }
}
