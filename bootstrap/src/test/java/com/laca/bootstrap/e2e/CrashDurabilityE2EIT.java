package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A client who was told 201 holds a booking, whatever happens to the server next: bookings are made as fast as the
 * server confirms them, the server is killed the moment the last one is confirmed, and after a restart on the same
 * data every confirmed booking is there and its slot cannot be sold again. Runs on a server of its own, on the
 * embedded H2 default and on PostgreSQL.
 */
@DisplayName("A crash right after bookings are confirmed loses none of them")
class CrashDurabilityE2EIT {

    private static final int BOOKINGS = 12;

    /** What the client holds after a 201: the appointment and the link to manage it. */
    record Confirmed(String id, String start, String manageToken) {
    }

    @ParameterizedTest(name = "on {0}")
    @EnumSource(TestDatabase.Kind.class)
    @DisplayName("Every booking answered 201 before a kill -9 is there after the restart, and its slot stays taken")
    void everyConfirmedBookingSurvivesAKill(TestDatabase.Kind database) throws Exception {
        try (RunningServer server = RunningServer.startDedicated(database)) {
            BookingFixture clinic = BookingFixture.everyDay(new Api(server.base(), ownerToken(server)), "crash");
            Api client = new Api(server.base(), null);
            LocalDate day = BookingFixture.upcoming(DayOfWeek.WEDNESDAY, 1);
            List<Confirmed> confirmed = new ArrayList<>();
            for (int i = 0; i < BOOKINGS; i++) {
                String start = BookingFixture.at(day, "%02d:%02d".formatted(9 + i / 2, i % 2 * 30));
                Api.Response booked = clinic.book(client, start);
                assertThat(booked.status()).as("booking at %s: %s", start, booked).isEqualTo(201);
                confirmed.add(new Confirmed(booked.json().getJsonObject("appointment").getString("id"), start,
                        booked.string("manageToken")));
            }

            server.kill();
            server.restart();

            Api afterRestart = new Api(server.base(), null);
            for (Confirmed booking : confirmed) {
                Api.Response viewed = afterRestart.get("/api/public/" + Sessions.DEMO + "/bookings/"
                        + booking.manageToken());
                assertThat(viewed.status()).as("booking %s after the crash: %s", booking, viewed).isEqualTo(200);
                assertThat(viewed.string("id")).isEqualTo(booking.id());
                assertThat(viewed.string("status")).isEqualTo("CONFIRMED");
                Api.Response again = clinic.book(afterRestart, booking.start());
                assertThat(again.status()).as("booking %s's slot again: %s", booking, again).isEqualTo(409);
            }
        }
    }

    private static String ownerToken(RunningServer server) {
        Api.Response login = new Api(server.base(), null).post("/api/auth/login", """
                {"tenant": "%s", "email": "%s", "password": "%s"}"""
                .formatted(Sessions.DEMO, Sessions.DEMO_OWNER, Sessions.DEMO_PASSWORD));
        assertThat(login.status()).as("owner sign-in: %s", login).isEqualTo(200);
        return login.string("accessToken");
    }
}
