package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningServer.class)
@DisplayName("Availability names the practitioners and locations its slots list, so a booking page needs no lookup")
class AvailabilityNamesE2EIT {

    @Test
    @DisplayName("each practitioner and location id in the slots has its public name; the slots are as before")
    void namesInTheAnswer() {
        BookingFixture clinic = BookingFixture.everyDay("names");
        LocalDate day = BookingFixture.upcoming(DayOfWeek.WEDNESDAY, 2);

        Api.Response answer = clinic.availability(day, day);

        assertThat(answer.status()).as("%s", answer).isEqualTo(200);
        JsonObject json = answer.json();
        assertThat(json.getJsonArray("slots")).isNotEmpty();
        JsonObject slot = json.getJsonArray("slots").getJsonObject(0);
        assertThat(slot.keySet()).containsExactlyInAnyOrder("start", "end", "location", "practitioners");
        assertThat(json.getJsonObject("practitionerNames").keySet()).containsExactly(clinic.practitioner);
        assertThat(json.getJsonObject("practitionerNames").getString(clinic.practitioner)).startsWith("E2E names");
        assertThat(json.getJsonObject("locationNames").getString(clinic.location)).startsWith("E2E names");
    }
}
