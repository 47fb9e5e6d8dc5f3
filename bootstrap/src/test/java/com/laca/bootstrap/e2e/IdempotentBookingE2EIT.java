package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningServer.class)
@DisplayName("A booking retried with the same Idempotency-Key is made once and answered the same (issue 9 item 14)")
class IdempotentBookingE2EIT {

    private static final String BOOKINGS = "/api/public/" + Sessions.DEMO + "/bookings";

    @Test
    @DisplayName("The same public booking sent twice with one key makes one appointment and gets identical answers")
    void publicRetryBooksOnce() {
        BookingFixture clinic = BookingFixture.everyDay("idempotent-public");
        LocalDate day = BookingFixture.upcoming(DayOfWeek.TUESDAY, 2);
        String body = clinic.bookingJson(BookingFixture.at(day, "10:00"), clinic.practitioner);
        Map<String, String> key = Map.of("Idempotency-Key", "retry-" + System.nanoTime());

        Api.Response first = Api.anonymous().send("POST", BOOKINGS, body, key);
        Api.Response again = Api.anonymous().send("POST", BOOKINGS, body, key);

        assertThat(first.status()).as("%s", first).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isEmpty();
        assertThat(again.status()).as("%s", again).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).contains("true");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(clinic.calendar(day, day)).hasSize(1);
    }

    @Test
    @DisplayName("The same key with another body is a 422 key-reused problem and books nothing more")
    void otherBodyIsRefused() {
        BookingFixture clinic = BookingFixture.everyDay("idempotent-reused");
        LocalDate day = BookingFixture.upcoming(DayOfWeek.WEDNESDAY, 2);
        Map<String, String> key = Map.of("Idempotency-Key", "reused-" + System.nanoTime());
        assertThat(Api.anonymous().send("POST", BOOKINGS,
                clinic.bookingJson(BookingFixture.at(day, "10:00"), clinic.practitioner), key).status())
                .isEqualTo(201);

        Api.Response reused = Api.anonymous().send("POST", BOOKINGS,
                clinic.bookingJson(BookingFixture.at(day, "11:00"), clinic.practitioner), key);

        assertThat(reused.status()).as("%s", reused).isEqualTo(422);
        assertThat(reused.contentType()).startsWith("application/problem+json");
        assertThat(reused.body()).contains("key-reused");
        assertThat(clinic.calendar(day, day)).hasSize(1);
    }

    @Test
    @DisplayName("Staff booking on a client's behalf replays too, and a key over 255 characters is a 400 problem")
    void staffRetryAndKeyLimits() {
        BookingFixture clinic = BookingFixture.everyDay("idempotent-staff");
        LocalDate day = BookingFixture.upcoming(DayOfWeek.THURSDAY, 2);
        Api owner = Api.withToken(Sessions.demoOwner());
        String body = clinic.bookingJson(BookingFixture.at(day, "10:00"), clinic.practitioner);
        Map<String, String> key = Map.of("Idempotency-Key", "staff-" + System.nanoTime());

        Api.Response first = owner.send("POST", "/api/appointments", body, key);
        Api.Response again = owner.send("POST", "/api/appointments", body, key);

        assertThat(first.status()).as("%s", first).isEqualTo(201);
        assertThat(again.status()).as("%s", again).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).contains("true");
        assertThat(again.body()).isEqualTo(first.body());
        assertThat(clinic.calendar(day, day)).hasSize(1);

        Api.Response tooLong = Api.anonymous().send("POST", BOOKINGS,
                clinic.bookingJson(BookingFixture.at(day, "12:00"), clinic.practitioner),
                Map.of("Idempotency-Key", "k".repeat(256)));
        assertThat(tooLong.status()).as("%s", tooLong).isEqualTo(400);
        assertThat(tooLong.contentType()).startsWith("application/problem+json");
        assertThat(clinic.calendar(day, day)).hasSize(1);
    }
}
