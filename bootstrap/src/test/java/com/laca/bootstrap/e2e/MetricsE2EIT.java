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
}
