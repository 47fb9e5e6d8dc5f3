package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningServer.class)
@DisplayName("The owner's dashboard on the running server (issue 15)")
class OwnerDashboardE2EIT {

    @Test
    @DisplayName("the owner sees every status of today, the rates as counts and the month's money with net = takings "
            + "less refunds")
    void ownerSeesBookedMinutesAndMoney() {
        BookingFixture clinic = BookingFixture.everyDay("dashboard");
        LocalDate day = BookingFixture.upcoming(DayOfWeek.THURSDAY, 1);
        for (String time : List.of("10:00", "11:00")) {
            Api.Response booked = clinic.book(Api.anonymous(), BookingFixture.at(day, time));
            assertThat(booked.status()).as("%s", booked).isEqualTo(201);
        }
        boolean sameWeek = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).equals(
                LocalDate.now(BookingFixture.LONDON).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));

        Api.Response response = clinic.owner.get("/api/reports/dashboard");

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        JsonObject json = response.json();
        assertThat(json.getJsonObject("today").keySet())
                .contains("HELD", "CONFIRMED", "CHECKED_IN", "COMPLETED", "CANCELLED", "NO_SHOW", "EXPIRED");
        if (sameWeek) {
            assertThat(json.getJsonObject("bookedMinutesByPractitioner").getJsonNumber(clinic.practitioner)
                    .longValue()).isEqualTo(60);
            JsonObject utilisation = json.getJsonObject("utilisationByPractitioner").getJsonObject(clinic.practitioner);
            assertThat(utilisation.getJsonNumber("count").longValue()).isEqualTo(60);
            assertThat(utilisation.getJsonNumber("outOf").longValue()).isGreaterThanOrEqualTo(60);
        }
        assertThat(json.getJsonObject("utilisationByPractitioner").keySet()).contains(clinic.practitioner);
        // issue 15, room utilisation: every active room or device is listed, never booked beyond its open minutes
        JsonObject rooms = json.getJsonObject("utilisationByResource");
        for (JsonObject room : clinic.owner.get("/api/resources?size=100").json().getJsonArray("items")
                .getValuesAs(JsonObject.class)) {
            if (room.getBoolean("active")) {
                JsonObject rate = rooms.getJsonObject(room.getString("id"));
                assertThat(rate).as("utilisation of %s", room.getString("name")).isNotNull();
                assertThat(rate.getJsonNumber("count").longValue())
                        .isLessThanOrEqualTo(rate.getJsonNumber("outOf").longValue());
            }
        }
        // issue 15, the chart: eight weeks ending with this one, with net revenue for the owner
        var weeks = json.getJsonArray("weeks");
        assertThat(weeks).hasSize(8);
        assertThat(weeks.getJsonObject(7).getString("weekStart")).isEqualTo(json.getString("weekStart"));
        assertThat(weeks.getJsonObject(7).containsKey("netMinor")).isTrue();
        if (sameWeek) {
            assertThat(weeks.getJsonObject(7).getJsonNumber("bookings").longValue()).isGreaterThanOrEqualTo(2);
        }
        JsonObject noShows = json.getJsonObject("noShowRate").getJsonObject("last30Days");
        assertThat(noShows.getJsonNumber("count").longValue())
                .isLessThanOrEqualTo(noShows.getJsonNumber("outOf").longValue());
        JsonObject revenue = json.getJsonObject("revenue");
        assertThat(revenue.getString("currency")).hasSize(3);
        JsonObject month = revenue.getJsonObject("thisMonth");
        assertThat(month.getJsonNumber("netMinor").longValue()).isEqualTo(
                month.getJsonNumber("takingsMinor").longValue() - month.getJsonNumber("refundsMinor").longValue());
        // issue 15, academy figures: present (with a completion rate) exactly when the clinic runs courses
        boolean runsCourses = !clinic.owner.get("/api/academy/courses").json().getJsonArray("items").isEmpty();
        assertThat(json.containsKey("activeStudents")).as("academy figures only with courses, never a false zero")
                .isEqualTo(runsCourses);
        if (runsCourses) {
            assertThat(json.getJsonNumber("activeStudents").longValue()).isNotNegative();
            JsonObject completion = json.getJsonObject("completionRate");
            assertThat(completion.getJsonNumber("count").longValue())
                    .isLessThanOrEqualTo(completion.getJsonNumber("outOf").longValue());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"PRACTITIONER", "FRONTDESK"})
    @DisplayName("a practitioner and the front desk see the diary figures but no revenue (REPORTS_MONEY only)")
    void practitionerSeesNoMoney(String role) {
        Api practitioner = Api.withToken(Sessions.newDemoStaff(Set.of(role)));

        Api.Response response = practitioner.get("/api/reports/dashboard");

        assertThat(response.status()).as("%s", response).isEqualTo(200);
        assertThat(response.json().containsKey("today")).isTrue();
        assertThat(!response.json().containsKey("revenue") || response.json().isNull("revenue")).isTrue();
        assertThat(response.json().getJsonArray("weeks").getValuesAs(JsonObject.class))
                .allSatisfy(week -> assertThat(week.containsKey("netMinor")).as("no money per week").isFalse());
    }
}
