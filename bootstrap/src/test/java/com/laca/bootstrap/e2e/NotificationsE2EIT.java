package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Notifications on the real server with its embedded default (no SMTP server): a booking's confirmation and a staff
 * invitation are written to the outbox with the change, sent once by the dispatcher and readable in the outbox
 * viewer, with links that work.
 */
@ExtendWith(RunningServer.class)
class NotificationsE2EIT {

    @Test
    @DisplayName("A public booking sends exactly one confirmation e-mail whose manage link opens the booking")
    void bookingConfirmation() {
        BookingFixture clinic = BookingFixture.everyDay("Notify");
        String start = clinic.starts(BookingFixture.upcoming(DayOfWeek.WEDNESDAY, 2),
                BookingFixture.upcoming(DayOfWeek.WEDNESDAY, 2)).get(0);
        String email = "notify-" + UUID.randomUUID() + "@example.com";
        Api.Response booked = Api.anonymous().post("/api/public/" + Sessions.DEMO + "/bookings", """
                {"treatment": "%s", "start": "%s", "practitioner": "any", "location": "%s",
                 "client": {"firstName": "Nora", "lastName": "Notified", "email": "%s",
                            "phone": "07700 900123", "dateOfBirth": "1990-04-15"}}"""
                .formatted(clinic.treatment, start, clinic.location, email));
        assertThat(booked.status()).as("booking: %s", booked).isEqualTo(201);

        List<JsonObject> confirmations = Outbox.emailsTo(Sessions.demoOwner(), email, "booking-confirmed");
        assertThat(confirmations).hasSize(1);
        String text = confirmations.get(0).getString("text");
        String link = RunningServer.get().base() + "/api/public/" + Sessions.DEMO + "/bookings/"
                + booked.string("manageToken");
        assertThat(text).contains(link);
        assertThat(confirmations.get(0).getString("html")).contains("<html");
        Api.Response viaLink = Api.anonymous().get(URI.create(link).getPath());
        assertThat(viaLink.status()).as("manage link: %s", viaLink).isEqualTo(200);
        assertThat(Outbox.emailsTo(Sessions.demoOwner(), email, "booking-confirmed")).hasSize(1);
    }

    @Test
    @DisplayName("The confirmation's unsubscribe link works without sign-in: GET shows, POST withdraws consent")
    void unsubscribeLink() {
        BookingFixture clinic = BookingFixture.everyDay("Unsub");
        String start = clinic.starts(BookingFixture.upcoming(DayOfWeek.THURSDAY, 2),
                BookingFixture.upcoming(DayOfWeek.THURSDAY, 2)).get(0);
        String email = "unsub-" + UUID.randomUUID() + "@example.com";
        Api.Response booked = Api.anonymous().post("/api/public/" + Sessions.DEMO + "/bookings", """
                {"treatment": "%s", "start": "%s", "practitioner": "any", "location": "%s",
                 "client": {"firstName": "Una", "lastName": "Subscribed", "email": "%s",
                            "phone": "07700 900456", "dateOfBirth": "1991-05-16"}}"""
                .formatted(clinic.treatment, start, clinic.location, email));
        assertThat(booked.status()).as("booking: %s", booked).isEqualTo(201);
        String client = booked.json().getJsonObject("appointment").getString("client");
        Api owner = Api.withToken(Sessions.demoOwner());
        Api.Response read = owner.get("/api/clients/" + client);
        Api.Response consented = owner.put("/api/clients/" + client, """
                {"firstName": "Una", "lastName": "Subscribed", "dateOfBirth": "1991-05-16", "email": "%s",
                 "phone": "07700 900456", "contactPreferences": {"email": true, "sms": true, "phoneCalls": false},
                 "marketing": {"messages": true, "photos": false}}""".formatted(email),
                Map.of("If-Match", read.header("ETag").orElseThrow()));
        assertThat(consented.status()).as("consent: %s", consented).isEqualTo(200);

        String text = Outbox.emailsTo(Sessions.demoOwner(), email, "booking-confirmed").get(0).getString("text");
        Matcher found = Pattern.compile(Pattern.quote(RunningServer.get().base().toString())
                + "(/api/unsubscribe/[A-Za-z0-9_-]+)").matcher(text);
        assertThat(found.find()).as("unsubscribe link in %s", text).isTrue();
        String link = found.group(1);

        Api.Response shown = Api.anonymous().get(link);
        assertThat(shown.status()).as(shown.toString()).isEqualTo(200);
        assertThat(shown.json().getBoolean("receivesMarketing")).isTrue();
        Api.Response page = Api.anonymous().send("GET", link, null, Map.of("Accept", "text/html"));
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("<form method=\"post\">");
        assertThat(marketingGranted(owner, client)).isTrue();

        Api.Response confirmed = Api.anonymous().post(link, null);
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.json().getBoolean("receivesMarketing")).isFalse();
        assertThat(marketingGranted(owner, client)).isFalse();
        Api.Response formPost = Api.anonymous().send("POST", link, "", Map.of("Accept", "text/html",
                "Content-Type", "application/x-www-form-urlencoded"));
        assertThat(formPost.status()).as(formPost.toString()).isEqualTo(200);
        assertThat(formPost.body()).contains("You are unsubscribed");
        String altered = link.substring(0, link.length() - 1) + (link.endsWith("A") ? "B" : "A");
        assertThat(Api.anonymous().post(altered, null).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("The owner sets the undo delay and reminder times; bad times are a 400 and change nothing")
    void timing() {
        Api owner = Api.withToken(Sessions.demoOwner());
        String standard = "{\"clinicChangeDelayMinutes\": 2, \"reminderMinutesBefore\": [2880, 120]}";
        try {
            Api.Response stored = owner.put("/api/notifications/timing",
                    "{\"clinicChangeDelayMinutes\": 5, \"reminderMinutesBefore\": [60, 1440]}", Map.of());
            assertThat(stored.status()).as(stored.toString()).isEqualTo(200);
            Api.Response read = owner.get("/api/notifications/timing");
            assertThat(read.json().getInt("clinicChangeDelayMinutes")).isEqualTo(5);
            assertThat(read.json().getJsonArray("reminderMinutesBefore").getValuesAs(
                    jakarta.json.JsonNumber::intValue)).containsExactly(1440, 60);

            Api.Response clash = owner.put("/api/notifications/timing",
                    "{\"clinicChangeDelayMinutes\": 5, \"reminderMinutesBefore\": [60, 60]}", Map.of());
            assertThat(clash.status()).as(clash.toString()).isEqualTo(400);
            Api.Response missing = owner.put("/api/notifications/timing", "{}", Map.of());
            assertThat(missing.status()).as(missing.toString()).isEqualTo(400);
            assertThat(missing.body()).contains("clinicChangeDelayMinutes").contains("reminderMinutesBefore");
            assertThat(owner.get("/api/notifications/timing").json().getInt("clinicChangeDelayMinutes"))
                    .isEqualTo(5);
        } finally {
            assertThat(owner.put("/api/notifications/timing", standard, Map.of()).status()).isEqualTo(200);
        }
    }

    @Test
    @DisplayName("A staff invitation arrives by e-mail with a token that sets the password")
    void invitationByEmail() {
        String email = "invited-" + UUID.randomUUID() + "@demo-clinic.test";
        Api.Response invited = Api.withToken(Sessions.demoOwner()).post("/api/staff", """
                {"email": "%s", "displayName": "Ivy Invited", "roles": ["FRONTDESK"]}""".formatted(email));
        assertThat(invited.status()).as("invite: %s", invited).isEqualTo(201);

        String token = Outbox.oneTimeToken(Sessions.demoOwner(), email, "staff-invitation");
        NewStaff.setPassword(token, "ivy-passphrase-1");
        assertThat(Sessions.login(Sessions.DEMO, email, "ivy-passphrase-1").status()).isEqualTo(200);
    }

    @Test
    @DisplayName("Replaying a message that is not a dead letter is refused: 404 for an unknown one")
    void replayUnknown() {
        Api.Response replay = Api.withToken(Sessions.demoOwner())
                .post("/api/notifications/dead-letters/" + UUID.randomUUID() + "/replay", null);
        assertThat(replay.status()).as(replay.toString()).isEqualTo(404);
        assertThat(Api.withToken(Sessions.demoOwner()).get("/api/notifications/dead-letters").status())
                .isEqualTo(200);
    }

    private static boolean marketingGranted(Api owner, String client) {
        JsonObject marketing = owner.get("/api/clients/" + client).json().getJsonObject("marketing");
        return marketing.containsKey("messagesSince") && !marketing.isNull("messagesSince");
    }
}
