package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The application's own metrics, read as an operator would: a booking made and one refused show up in /metrics. */
@ExtendWith(RunningServer.class)
@DisplayName("Application metrics")
class MetricsE2EIT {

    @Test
    @DisplayName("count bookings made and refused by reason, and time requests per operation")
    void bookingsAndRequests() {
        assertThat(Api.anonymous().get("/api/public/" + Sessions.DEMO + "/treatments").status()).isEqualTo(200);
        BookingFixture fixture = BookingFixture.everyDay("Metrics");
        LocalDate day = BookingFixture.upcoming(DayOfWeek.TUESDAY, 2);
        String start = BookingFixture.at(day, "10:00");
        assertThat(fixture.book(Api.anonymous(), start).status()).isEqualTo(201);
        assertThat(fixture.book(Api.anonymous(), start).status()).isEqualTo(409);

        String metrics = Api.withToken(Sessions.platformAdmin()).get("/metrics?scope=application").body();
        assertThat(metrics).containsPattern("laca_bookings_total\\{[^}]*outcome=\"made\"[^}]*} [1-9]");
        assertThat(metrics).containsPattern("laca_bookings_total\\{[^}]*outcome=\"refused\"[^}]*} [1-9]");
        assertThat(metrics).containsPattern("laca_http_requests_seconds_count\\{[^}]*operation=\"bookOnline\"");
        assertThat(metrics).containsPattern("laca_http_requests_seconds_count\\{[^}]*operation=\"getPublicMenu\"");
        assertThat(metrics).as("the timer is in seconds, as its name says: a booking takes well under a minute")
                .containsPattern("laca_http_requests_seconds_max\\{[^}]*operation=\"bookOnline\"[^}]*} "
                        + "(0|[1-5]?[0-9])(\\.[0-9]+)?(E-[0-9]+)?\\n");
    }

    @Test
    @DisplayName("show the notification outbox's depth per kind: queued, due and dead letters (issue 12)")
    void outboxDepth() {
        String metrics = Api.withToken(Sessions.platformAdmin()).get("/metrics?scope=application").body();

        for (String state : new String[] {"queued", "due", "dead"}) {
            assertThat(metrics).containsPattern("laca_notifications_outbox_messages\\{[^}]*kind=\"booking-confirmed\""
                    + "[^}]*state=\"" + state + "\"[^}]*} [0-9]+|laca_notifications_outbox_messages\\{[^}]*state=\""
                    + state + "\"[^}]*kind=\"booking-confirmed\"[^}]*} [0-9]+");
        }
    }

    @Test
    @DisplayName("count every problem answered by its type and status, from resources and from the edge filters alike")
    void problemsByType() {
        assertThat(Api.anonymous().post("/api/auth/login", "{}").status()).isEqualTo(400);
        assertThat(Api.anonymous().get("/api/no-such-endpoint").status()).isEqualTo(404);
        assertThat(Api.anonymous().get("/api/treatments").status()).isEqualTo(401);

        String metrics = Api.withToken(Sessions.platformAdmin()).get("/metrics?scope=application").body();
        assertThat(metrics).containsPattern(problem("validation", 400));
        assertThat(metrics).containsPattern(problem("not-found", 404));
        assertThat(metrics).containsPattern("laca_http_problems_total\\{[^}]*status=\"401\"[^}]*} [1-9]");
    }

    @Test
    @DisplayName("publish the application's own connection pool: connections in use, its maximum, waits and failures")
    void connectionPool() {
        assertThat(Api.anonymous().get("/api/public/" + Sessions.DEMO + "/treatments").status()).isEqualTo(200);

        String metrics = Api.withToken(Sessions.platformAdmin()).get("/metrics?scope=application").body();
        assertThat(metrics).containsPattern("(?m)^laca_db_pool_connections_in_use(\\{[^}]*})? [0-9]");
        assertThat(metrics).containsPattern("(?m)^laca_db_pool_connections_max(\\{[^}]*})? 32(\\.0)?$");
        assertThat(metrics).containsPattern("(?m)^laca_db_pool_wait_seconds_count(\\{[^}]*})? [1-9]");
        assertThat(metrics).containsPattern("(?m)^laca_db_pool_failures_total(\\{[^}]*})? 0(\\.0)?$");
    }

    private static String problem(String type, int status) {
        return "laca_http_problems_total\\{[^}]*(type=\"" + type + "\"[^}]*status=\"" + status + "\"|status=\""
                + status + "\"[^}]*type=\"" + type + "\")[^}]*} [1-9]";
    }
}
