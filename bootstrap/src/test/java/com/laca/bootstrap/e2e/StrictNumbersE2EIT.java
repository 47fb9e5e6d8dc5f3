package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Numbers and booleans are read as written: a fraction, a string, an overflowing number or a non-boolean is a 400
 * naming the field, never quietly truncated, wrapped or read as {@code false}, and nothing is stored.
 */
@ExtendWith(RunningServer.class)
@DisplayName("Numbers and booleans in request bodies are read strictly")
class StrictNumbersE2EIT {

    private static final Map<String, String> TREATMENT_DEFAULTS = Map.of("\"durationMinutes\"", "30",
            "\"priceMinorUnits\"", "5000");
    private static final String LOCATION = """
            {"name": "Strict", "zone": "Europe/London",
             "address": {"line1": "1 Test Street", "city": "London", "postcode": "W1G 8QH", "country": "GB"}, %s}""";

    private static Api owner;

    @BeforeAll
    static void signIn() {
        owner = Api.withToken(Sessions.demoOwner());
    }

    private static int total(String path) {
        return owner.get(path).json().getInt("total");
    }

    /** A valid treatment body but for one member, which replaces the default of the same name. */
    private static String treatmentWith(String member) {
        StringBuilder json = new StringBuilder("{\"name\": \"Strict\", \"category\": \"SKIN\", ").append(member);
        TREATMENT_DEFAULTS.forEach((name, value) -> {
            if (!member.startsWith(name)) {
                json.append(", ").append(name).append(": ").append(value);
            }
        });
        return json.append('}').toString();
    }

    private static void isBadField(Api.Response response, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().getJsonArray("errors")).as(response.toString())
                .extracting(error -> ((JsonObject) error).getString("field")).containsExactly(field);
        assertThat(response.body()).doesNotContain("Exception");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a fractional duration                 | "durationMinutes": 30.9                 | durationMinutes
            a fractional price                    | "priceMinorUnits": 99.99                | priceMinorUnits
            a price in a string                   | "priceMinorUnits": "5000"               | priceMinorUnits
            a duration beyond the integer range   | "durationMinutes": 4294967326           | durationMinutes
            a price beyond the long range         | "priceMinorUnits": 18446744073709551616 | priceMinorUnits
            a fractional slot step                | "slotStepMinutes": 1.5                  | slotStepMinutes
            active as a word                      | "active": "x"                           | active
            active as a number                    | "active": -1                            | active
            active as an empty string             | "active": ""                            | active
            active as one                         | "active": 1                             | active
            a fractional deposit percentage       | "deposit": {"type": "PERCENTAGE", "basisPoints": 2500.5} | deposit.basisPoints
            """)
    @DisplayName("A treatment with a number or boolean of the wrong kind is a 400 naming the field; nothing is created")
    void treatment(String what, String member, String field) {
        int before = total("/api/treatments");
        isBadField(owner.post("/api/treatments", treatmentWith(member)), field);
        assertThat(total("/api/treatments")).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            active as a word     | "active": "no"
            active as zero       | "active": 0
            """)
    @DisplayName("A location whose active flag is not true or false is a 400 naming it; nothing is created")
    void location(String what, String member) {
        int before = total("/api/locations");
        isBadField(owner.post("/api/locations", LOCATION.formatted(member)), "active");
        assertThat(total("/api/locations")).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            fractional hold minutes         | {"freeCancellationHours": 24, "holdMinutes": 15.5} | holdMinutes
            cancellation hours as text      | {"freeCancellationHours": "24", "holdMinutes": 15} | freeCancellationHours
            """)
    @DisplayName("Booking settings with a number of the wrong kind are a 400 naming the field; nothing changes")
    void bookingSettings(String what, String body, String field) {
        String before = owner.get("/api/settings/booking").body();
        isBadField(owner.put("/api/settings/booking", body, Map.of()), field);
        assertThat(owner.get("/api/settings/booking").body()).isEqualTo(before);
    }
}
