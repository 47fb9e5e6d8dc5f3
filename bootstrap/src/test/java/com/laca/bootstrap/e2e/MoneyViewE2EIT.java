package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningServer.class)
@DisplayName("The owner's money view adds up the ledger: takings by method, refunds, forfeits, deposits held (issue 9)")
class MoneyViewE2EIT {

    private static final String DEPOSIT = "{\"type\": \"FIXED\", \"amountMinorUnits\": 2000}";

    @Test
    @DisplayName("today's figures at a new location match the desk's payments, refunds and forfeits computed by hand, "
            + "per day and per month; the desk may not read them")
    void handComputedDay() {
        BookingFixture clinic = BookingFixture.everyDay("money view", DEPOSIT);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        LocalDate later = BookingFixture.upcoming(DayOfWeek.TUESDAY, 3);
        // A: deposit and balance paid at the desk, treatment weeks ahead: £50 held
        String a = booked(clinic, later, "10:00");
        pay(clinic, a, 2000, "R-money-a1");
        pay(clinic, a, 3000, "R-money-a2");
        // B: deposit paid at the desk, then cancelled by the client weeks ahead: free, £20 given back at the desk
        Api.Response bookedB = clinic.book(Api.anonymous(), BookingFixture.at(later, "11:00"));
        assertThat(bookedB.status()).as("%s", bookedB).isEqualTo(201);
        String b = bookedB.json().getJsonObject("appointment").getString("id");
        pay(clinic, b, 2000, "R-money-b");
        Api.Response cancelledB = Api.anonymous().post("/api/public/" + Sessions.DEMO + "/bookings/"
                + bookedB.string("manageToken") + "/cancel", null);
        assertThat(cancelledB.string("deposit")).as("%s", cancelledB).isEqualTo("REFUND");
        // C: deposit paid at the desk for tomorrow, cancelled by the desk: late under the standard terms (kept)
        String c = booked(clinic, today.plusDays(1), "16:00");
        pay(clinic, c, 2000, "R-money-c");
        Api.Response cancelledC = clinic.owner.post("/api/appointments/" + c + "/cancel",
                "{\"reason\": \"CLIENT_REQUEST\"}");
        assertThat(cancelledC.status()).as("%s", cancelledC).isEqualTo(200);
        boolean kept = cancelledC.string("deposit").equals("FORFEIT");

        String query = "/api/reports/money?from=" + today + "&to=" + today + "&location=" + clinic.location;
        Api.Response day = clinic.owner.get(query + "&by=day");
        Api.Response month = clinic.owner.get("/api/reports/money?from=" + today.withDayOfMonth(1) + "&to=" + today
                + "&location=" + clinic.location + "&by=month");

        assertThat(day.status()).as("%s", day).isEqualTo(200);
        JsonObject figures = day.json().getJsonArray("lines").getJsonObject(0).getJsonObject("figures");
        assertThat(minor(figures.getJsonObject("takings"), "desk")).isEqualTo(2000 + 3000 + 2000 + 2000);
        assertThat(minor(figures.getJsonObject("takings"), "card")).isZero();
        assertThat(figures.getJsonObject("takings").getJsonObject("total").getString("formatted"))
                .isEqualTo("£90.00");
        assertThat(minor(figures.getJsonObject("refunds"), "desk")).isEqualTo(kept ? 2000 : 4000);
        assertThat(figures.getJsonObject("forfeits").getJsonNumber("minorUnits").longValue())
                .isEqualTo(kept ? 2000 : 0);
        assertThat(figures.getJsonObject("depositsHeld").getJsonNumber("minorUnits").longValue()).isEqualTo(5000);
        assertThat(figures.getJsonObject("depositsHeld").getString("formatted")).isEqualTo("£50.00");
        assertThat(figures.getJsonObject("net").getJsonNumber("minorUnits").longValue())
                .isEqualTo(9000 - (kept ? 2000 : 4000));
        assertThat(month.status()).as("%s", month).isEqualTo(200);
        assertThat(month.json().getJsonArray("lines")).hasSize(1);
        assertThat(month.json().getJsonObject("total")).isEqualTo(day.json().getJsonObject("total"));

        Api desk = Api.withToken(Sessions.newDemoStaff(Set.of("FRONTDESK")));
        assertThat(desk.get(query).status()).isEqualTo(403);
        Api.Response reversed = clinic.owner.get("/api/reports/money?from=" + today + "&to=" + today.minusDays(1));
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.body()).contains("to");
        assertThat(clinic.owner.get(query + "&by=week").status()).isEqualTo(400);
    }

    private static String booked(BookingFixture clinic, LocalDate day, String time) {
        Api.Response booked = clinic.book(Api.anonymous(), BookingFixture.at(day, time));
        assertThat(booked.status()).as("%s", booked).isEqualTo(201);
        return booked.json().getJsonObject("appointment").getString("id");
    }

    private static void pay(BookingFixture clinic, String appointment, long pence, String receipt) {
        Api.Response paid = clinic.owner.post("/api/payments/appointments/" + appointment + "/desk-payments",
                "{\"amountMinor\": " + pence + ", \"currency\": \"GBP\", \"receipt\": \"" + receipt + "\"}");
        assertThat(paid.status()).as("%s", paid).isEqualTo(200);
    }

    private static long minor(JsonObject byMethod, String method) {
        return byMethod.getJsonObject(method).getJsonNumber("minorUnits").longValue();
    }
}
