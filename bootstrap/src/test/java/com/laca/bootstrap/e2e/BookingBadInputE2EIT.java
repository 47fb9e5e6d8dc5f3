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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@ExtendWith(RunningServer.class)
@DisplayName("Bad booking input is a 400 problem naming what to correct, never a 500")
class BookingBadInputE2EIT {

    private static BookingFixture clinic;
    private static LocalDate day;

    @BeforeAll
    static void setUp() {
        clinic = BookingFixture.everyDay("bad-input");
        day = BookingFixture.upcoming(DayOfWeek.TUESDAY, 2);
    }

    private static void assertProblem(Api.Response response, int status, String field) {
        assertThat(response.status()).as("%s", response).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        if (field != null) {
            assertThat(response.body()).contains("\"" + field + "\"");
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "from=2026-12-01&to=2026-12-07|treatment",
            "treatment=T&to=2026-12-07|from",
            "treatment=T&from=2026-12-01|to",
            "treatment=T&from=01/12/2026&to=2026-12-07|from",
            "treatment=T&from=2026-12-07&to=2026-12-01|to",
            "treatment=T&from=2026-12-01&to=2027-01-01|to",
            "treatment=not-a-uuid&from=2026-12-01&to=2026-12-07|treatment",
            "treatment=T&from=2026-12-01&to=2026-12-07&practitioner=Dr%20Hart|practitioner",
            "treatment=T&from=2026-12-01&to=2026-12-07&location=harley|location"})
    @DisplayName("Availability with a missing, malformed, reversed or over-long parameter names the parameter")
    void availabilityParameters(String query, String field) {
        assertProblem(Api.anonymous().get("/api/public/" + Sessions.DEMO + "/availability?"
                + query.replace("treatment=T", "treatment=" + clinic.treatment)), 400, field);
    }

    @Test
    @DisplayName("An unknown clinic, treatment or manage token is a 404 problem")
    void unknowns() {
        assertProblem(Api.anonymous().get("/api/public/no-such-clinic/availability?treatment=" + clinic.treatment
                + "&from=" + day + "&to=" + day), 404, null);
        assertProblem(Api.anonymous().get("/api/public/" + Sessions.DEMO + "/availability?treatment="
                + UUID.randomUUID() + "&from=" + day + "&to=" + day), 404, null);
        assertProblem(Api.anonymous().get("/api/public/" + Sessions.DEMO + "/bookings/no-such-token"), 404, null);
        assertProblem(Api.anonymous().post("/api/public/" + Sessions.DEMO + "/bookings/no-such-token/cancel", null),
                404, null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "\"start\": \"SLOT\"|\"start\": \"tomorrow at ten\"|start",
            "\"start\": \"SLOT\"|\"start\": \"2026-12-01T10:00:00\"|start",
            "\"email\": \"client-|\"email\": \"not an address|client.email",
            "\"phone\": \"07700 900123\"|\"phone\": \"call me\"|client.phone",
            "\"dateOfBirth\": \"1990-04-15\"|\"dateOfBirth\": \"15/04/1990\"|client.dateOfBirth",
            "\"firstName\": \"Test\"|\"firstName\": \"\"|client.firstName",
            "\"treatment\": \"|\"treatment\": \"x|treatment"})
    @DisplayName("A booking with bad client or slot data names the field")
    void bookingFields(String find, String replace, String field) {
        String body = clinic.bookingJson(BookingFixture.at(day, "10:00"), "any").replace(find.replace("SLOT",
                BookingFixture.at(day, "10:00")), replace);
        assertProblem(Api.anonymous().post("/api/public/" + Sessions.DEMO + "/bookings", body), 400, field);
    }

    @Test
    @DisplayName("A booking without a body, or with broken JSON, is a 400 problem")
    void noBody() {
        assertProblem(Api.anonymous().post("/api/public/" + Sessions.DEMO + "/bookings", null), 400, null);
        assertProblem(Api.anonymous().post("/api/public/" + Sessions.DEMO + "/bookings", "{\"treatment\": "), 400,
                null);
        assertThat(clinic.calendar(day, day)).isEmpty();
    }

    @Test
    @DisplayName("Working hours with a window that ends before it starts name the entry")
    void badWorkingHours() {
        Api.Response response = clinic.owner.put("/api/practitioners/" + clinic.practitioner + "/working-hours", """
                [{"location": "%s", "day": "MONDAY", "windows": [{"start": "13:00", "end": "09:00"}]}]"""
                .formatted(clinic.location), Map.of());
        assertProblem(response, 400, "[0].windows[0]");
        assertProblem(clinic.owner.put("/api/practitioners/" + clinic.practitioner + "/working-hours", """
                [{"location": "%s", "day": "FUNDAY", "windows": [{"start": "09:00", "end": "13:00"}]}]"""
                .formatted(clinic.location), Map.of()), 400, "[0].day");
        assertProblem(clinic.owner.put("/api/settings/booking", "{\"freeCancellationHours\": 48, \"holdMinutes\": 1}",
                Map.of()), 400, "holdMinutes");
    }
}
