package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningServer.class)
@DisplayName("The desk's records on an appointment: why it was cancelled and by whom, notes, deposit status (issue 9)")
class DeskRecordsE2EIT {

    private static final String DEPOSIT = "{\"type\": \"FIXED\", \"amountMinorUnits\": 2000}";

    @Test
    @DisplayName("a staff cancellation needs a reason (OTHER needs words) and the calendar then shows who and why")
    void cancellationRecordsWhoAndWhy() {
        BookingFixture clinic = BookingFixture.everyDay("desk cancel");
        LocalDate day = BookingFixture.upcoming(DayOfWeek.WEDNESDAY, 3);
        String id = booked(clinic, day, "10:00").getJsonObject("appointment").getString("id");
        String path = "/api/appointments/" + id + "/cancel";
        Api desk = Api.withToken(Sessions.newDemoStaff(Set.of("FRONTDESK")));

        Api.Response noBody = desk.post(path, null);
        Api.Response unknownReason = desk.post(path, "{\"reason\": \"BORED\"}");
        Api.Response otherWithoutWords = desk.post(path, "{\"reason\": \"OTHER\"}");
        assertThat(noBody.status()).as("%s", noBody).isEqualTo(400);
        assertThat(unknownReason.status()).as("%s", unknownReason).isEqualTo(400);
        assertThat(unknownReason.body()).contains("reason");
        assertThat(otherWithoutWords.status()).as("%s", otherWithoutWords).isEqualTo(400);
        assertThat(otherWithoutWords.body()).contains("detail");
        assertThat(desk.get("/api/appointments/" + id).string("status")).as("nothing was cancelled")
                .isEqualTo("CONFIRMED");

        Api.Response cancelled = desk.post(path, "{\"reason\": \"ILLNESS\", \"detail\": \"Client phoned: flu\"}");

        assertThat(cancelled.status()).as("%s", cancelled).isEqualTo(200);
        JsonObject shown = cancelled.json().getJsonObject("appointment");
        assertThat(shown.getString("status")).isEqualTo("CANCELLED");
        JsonObject why = shown.getJsonObject("cancellation");
        assertThat(why.getString("reason")).isEqualTo("ILLNESS");
        assertThat(why.getString("detail")).isEqualTo("Client phoned: flu");
        assertThat(why.getString("cancelledBy")).isNotBlank();
        JsonObject inCalendar = clinic.calendar(day, day).stream().filter(a -> a.getString("id").equals(id))
                .findFirst().orElseThrow();
        assertThat(inCalendar.getJsonObject("cancellation").getString("reason")).isEqualTo("ILLNESS");
        assertThat(inCalendar.getJsonObject("cancellation").getString("cancelledBy"))
                .isEqualTo(why.getString("cancelledBy"));
        // reviewer finding 4: finance reads the code and who cancelled, never the words (they may be health details)
        Api.Response byFinance = Api.withToken(Sessions.newDemoStaff(Set.of("FINANCE"))).get("/api/appointments/" + id);
        assertThat(byFinance.status()).as("%s", byFinance).isEqualTo(200);
        assertThat(byFinance.json().getJsonObject("cancellation").getString("reason")).isEqualTo("ILLNESS");
        assertThat(byFinance.json().getJsonObject("cancellation").containsKey("detail")).isFalse();
        assertThat(byFinance.body()).doesNotContain("flu");
    }

    @Test
    @DisplayName("a client's own cancellation shows on the calendar as their request, by no staff account")
    void clientCancellationIsTheirRequest() {
        BookingFixture clinic = BookingFixture.everyDay("client cancel");
        LocalDate day = BookingFixture.upcoming(DayOfWeek.WEDNESDAY, 3);
        JsonObject booked = booked(clinic, day, "11:00");
        String id = booked.getJsonObject("appointment").getString("id");

        Api.Response cancelled = Api.anonymous().post("/api/public/" + Sessions.DEMO + "/bookings/"
                + booked.getString("manageToken") + "/cancel", null);

        assertThat(cancelled.status()).as("%s", cancelled).isEqualTo(200);
        assertThat(cancelled.json().getJsonObject("appointment")).doesNotContainKeys("cancellation", "notes");
        JsonObject why = clinic.owner.get("/api/appointments/" + id).json().getJsonObject("cancellation");
        assertThat(why.getString("reason")).isEqualTo("CLIENT_REQUEST");
        assertThat(why.containsKey("cancelledBy")).isFalse();
    }

    @Test
    @DisplayName("notes are staff-only: shown on the calendar with their author, never on the client's manage page; "
            + "the calendar shows the client's phone, names and the deposit's status from the ledger")
    void notesAndDepositStatus() {
        BookingFixture clinic = BookingFixture.everyDay("desk notes", DEPOSIT);
        LocalDate day = BookingFixture.upcoming(DayOfWeek.THURSDAY, 3);
        JsonObject booked = booked(clinic, day, "10:00");
        String id = booked.getJsonObject("appointment").getString("id");
        String manage = "/api/public/" + Sessions.DEMO + "/bookings/" + booked.getString("manageToken");
        assertThat(clinic.owner.get("/api/appointments/" + id).string("deposit")).isEqualTo("DUE");

        Api.Response blank = clinic.owner.post("/api/appointments/" + id + "/notes", "{\"text\": \"  \"}");
        Api.Response first = clinic.owner.post("/api/appointments/" + id + "/notes",
                "{\"text\": \"Prefers the afternoon room\"}");
        Api.Response second = clinic.owner.post("/api/appointments/" + id + "/notes", "{\"text\": \"Bring photo ID\"}");
        Api.Response paid = clinic.owner.post("/api/payments/appointments/" + id + "/desk-payments",
                "{\"amountMinor\": 2000, \"currency\": \"GBP\", \"receipt\": \"R-desk-notes\"}");

        assertThat(blank.status()).as("%s", blank).isEqualTo(400);
        assertThat(first.status()).as("%s", first).isEqualTo(200);
        assertThat(second.status()).as("%s", second).isEqualTo(200);
        assertThat(paid.status()).as("%s", paid).isEqualTo(200);
        JsonObject inCalendar = clinic.calendar(day, day).stream().filter(a -> a.getString("id").equals(id))
                .findFirst().orElseThrow();
        assertThat(inCalendar.getJsonArray("notes").stream().map(n -> n.asJsonObject().getString("text")))
                .containsExactly("Prefers the afternoon room", "Bring photo ID");
        assertThat(inCalendar.getJsonArray("notes").getJsonObject(0).getString("author")).isNotBlank();
        assertThat(inCalendar.getString("deposit")).isEqualTo("PAID");
        assertThat(inCalendar.getString("clientPhone")).isNotBlank();
        assertThat(inCalendar.getString("treatmentName")).startsWith("E2E desk notes");
        assertThat(inCalendar.getString("locationName")).startsWith("E2E desk notes");
        Api.Response publicView = Api.anonymous().get(manage);
        assertThat(publicView.status()).isEqualTo(200);
        assertThat(publicView.json()).doesNotContainKeys("notes", "deposit", "cancellation", "clientPhone");
        assertThat(publicView.body()).doesNotContain("photo ID");
        // reviewer finding 4: notes may carry health details; finance's calendar has none
        Api finance = Api.withToken(Sessions.newDemoStaff(Set.of("FINANCE")));
        Api.Response financeCalendar = finance.get("/api/appointments/" + id);
        assertThat(financeCalendar.status()).as("%s", financeCalendar).isEqualTo(200);
        assertThat(financeCalendar.body()).doesNotContain("photo ID").doesNotContain("afternoon room");
        assertThat(financeCalendar.string("deposit")).isEqualTo("PAID");
    }

    @Test
    @DisplayName("the manage page and the menu tell the client the price, the deposit, until when (on the clinic's "
            + "clock) cancelling is free and that the deposit is kept after that")
    void clientTerms() {
        BookingFixture clinic = BookingFixture.everyDay("terms", DEPOSIT);
        LocalDate day = BookingFixture.upcoming(DayOfWeek.FRIDAY, 3);
        JsonObject booked = booked(clinic, day, "10:00");
        long hours = Api.anonymous().get("/api/public/" + Sessions.DEMO + "/clinic").json()
                .getJsonNumber("freeCancellationHours").longValue();

        JsonObject terms = Api.anonymous().get("/api/public/" + Sessions.DEMO + "/bookings/"
                + booked.getString("manageToken")).json().getJsonObject("terms");

        assertThat(terms.getJsonNumber("priceMinorUnits").longValue()).isEqualTo(5000);
        assertThat(terms.getString("price")).isEqualTo("£50.00");
        assertThat(terms.getJsonNumber("depositMinorUnits").longValue()).isEqualTo(2000);
        assertThat(terms.getString("deposit")).isEqualTo("£20.00");
        assertThat(terms.getString("zone")).isEqualTo("Europe/London");
        assertThat(terms.getString("freeCancellationUntilLocal"))
                .isEqualTo(day.atTime(10, 0).minusHours(hours).toString());
        assertThat(terms.getString("afterDeadline")).isEqualTo("DEPOSIT_KEPT");
        assertThat(terms.getString("summary")).contains("£20.00 deposit is kept");
        assertThat(booked.getJsonObject("appointment").getJsonObject("terms").getString("freeCancellationUntil"))
                .isEqualTo(terms.getString("freeCancellationUntil"));
        JsonObject onMenu = Api.anonymous().get("/api/public/" + Sessions.DEMO + "/treatments").json()
                .getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(item -> item.getString("id").equals(clinic.treatment)).findFirst().orElseThrow();
        assertThat(onMenu.getString("price")).isEqualTo("£50.00");
        assertThat(onMenu.getString("deposit")).isEqualTo("£20.00");
        assertThat(onMenu.getString("afterFreeCancellation")).isEqualTo("DEPOSIT_KEPT");
    }

    @Test
    @DisplayName("the demo clinic's treatments ask realistic deposits: £50 for toxin, 20 % (at least £50) for "
            + "filler, none for a consultation")
    void demoDeposits() {
        java.util.Map<String, String> deposits = new java.util.HashMap<>();
        Api.anonymous().get("/api/public/" + Sessions.DEMO + "/treatments").json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject()).forEach(item -> deposits.put(item.getString("name"),
                        item.getString("deposit")));

        assertThat(deposits).containsEntry("Anti-wrinkle toxin, three areas", "£50.00")
                .containsEntry("Dermal filler, lips (1 ml)", "£60.00")
                .containsEntry("Chemical peel, medium depth", "£30.00")
                .containsEntry("Laser hair removal, underarms", "£20.00")
                .containsEntry("Skin consultation", "£0.00");
    }

    @Test
    @DisplayName("a note retried with the same Idempotency-Key is written once and the first answer replayed; the "
            + "same key with another note is refused (reviewer finding 11)")
    void noteRetryWritesOnce() {
        BookingFixture clinic = BookingFixture.everyDay("note retry");
        LocalDate day = BookingFixture.upcoming(DayOfWeek.TUESDAY, 4);
        String id = booked(clinic, day, "15:00").getJsonObject("appointment").getString("id");
        String path = "/api/appointments/" + id + "/notes";
        Map<String, String> key = Map.of("Idempotency-Key", "note-" + id);

        Api.Response first = clinic.owner.send("POST", path, "{\"text\": \"Bring photo ID\"}", key);
        Api.Response retry = clinic.owner.send("POST", path, "{\"text\": \"Bring photo ID\"}", key);
        Api.Response other = clinic.owner.send("POST", path, "{\"text\": \"Another note\"}", key);

        assertThat(first.status()).as("%s", first).isEqualTo(200);
        assertThat(retry.status()).as("%s", retry).isEqualTo(200);
        assertThat(retry.header("Idempotent-Replayed")).contains("true");
        assertThat(other.status()).as("%s", other).isEqualTo(422);
        assertThat(clinic.owner.get("/api/appointments/" + id).json().getJsonArray("notes")).hasSize(1);
    }

    private static JsonObject booked(BookingFixture clinic, LocalDate day, String time) {
        Api.Response booked = clinic.book(Api.anonymous(), BookingFixture.at(day, time));
        assertThat(booked.status()).as("%s", booked).isEqualTo(201);
        return booked.json();
    }
}
