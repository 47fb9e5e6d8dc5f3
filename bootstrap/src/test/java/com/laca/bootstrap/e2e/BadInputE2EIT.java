package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input gets a clear 4xx problem naming what was wrong, never a 500 or a stack trace, and changes nothing. */
@ExtendWith(RunningServer.class)
@DisplayName("Bad input is refused clearly and changes nothing")
class BadInputE2EIT {

    private static Api owner;

    @BeforeAll
    static void signIn() {
        owner = Api.withToken(Sessions.demoOwner());
    }

    private static int treatmentCount() {
        return owner.get("/api/treatments").json().getInt("total");
    }

    private static void isProblem(Api.Response response, int status, String mentions) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().getString("type")).isNotBlank();
        assertThat(response.json().getString("title")).isNotBlank();
        assertThat(response.body()).contains(mentions).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            malformed JSON           | {"name": "x",                                                            | body
            wrong type               | {"name": "x", "category": "SKIN", "durationMinutes": "long", "priceMinorUnits": 1} | durationMinutes
            unknown enum value       | {"name": "x", "category": "SURGERY", "durationMinutes": 30, "priceMinorUnits": 1} | category
            missing name             | {"category": "SKIN", "durationMinutes": 30, "priceMinorUnits": 1}        | name
            negative price           | {"name": "x", "category": "SKIN", "durationMinutes": 30, "priceMinorUnits": -5} | price
            duration out of range    | {"name": "x", "category": "SKIN", "durationMinutes": 2, "priceMinorUnits": 1} | durationMinutes
            bad resource type        | {"name": "x", "category": "SKIN", "durationMinutes": 30, "priceMinorUnits": 1, "requiredResourceTypes": ["a b"]} | requiredResourceTypes
            JSON array not object    | [1, 2, 3]                                                                | body
            """)
    @DisplayName("A bad treatment body is a 400 problem naming the problem, and nothing is created")
    void badTreatment(String what, String body, String mentions) {
        int before = treatmentCount();
        isProblem(owner.post("/api/treatments", body), 400, mentions);
        assertThat(treatmentCount()).isEqualTo(before);
    }

    @Test
    @DisplayName("An oversized body is a 413 problem")
    void oversized() {
        String huge = "{\"name\": \"" + "x".repeat(200_000) + "\"}";
        isProblem(owner.postLarge("/api/treatments", huge), 413, "65536");
    }

    @Test
    @DisplayName("An unknown time zone for a location is a 400 problem naming the zone")
    void badZone() {
        isProblem(owner.post("/api/locations", """
                {"name": "Nowhere", "zone": "Mars/Olympus",
                 "address": {"line1": "1 Crater", "city": "X", "postcode": "X1", "country": "GB"}}"""), 400, "zone");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            date far in the future     | /api/closures?from=%2B999999999-12-31                  | from
            date before year one       | /api/closures?from=-0001-01-01&to=0001-01-01           | from
            non-numeric limit          | /api/admin/payments/dead-letters?limit=abc             | limit
            """)
    @DisplayName("Out-of-range dates and non-numeric numbers in a query are 400 problems naming the parameter")
    void badQueryParameters(String what, String path, String mentions) {
        Api api = path.contains("/admin/") ? Api.withToken(Sessions.platformAdmin()) : owner;
        isProblem(api.get(path), 400, mentions);
    }

    @Test
    @DisplayName("A closure far beyond year 9999 is refused, not passed to the database")
    void unstorableDate() {
        isProblem(owner.put("/api/closures/+999999999-12-31", "{\"name\": \"Forever\"}", Map.of()), 400, "date");
    }

    @Test
    @DisplayName("An id that is not a UUID is a 4xx problem, not a 500")
    void badId() {
        Api.Response response = owner.get("/api/treatments/not-a-uuid");
        assertThat(response.status()).isIn(400, 404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    @DisplayName("A wrong content type is 415 and an unknown path is 404, both as problems")
    void wrongMediaTypeAndPath() {
        Api.Response text = owner.send("POST", "/api/treatments", "name=x", Map.of("Content-Type", "text/plain"));
        assertThat(text.status()).isEqualTo(415);
        assertThat(text.contentType()).startsWith("application/problem+json");
        Api.Response missing = owner.get("/api/no-such-thing");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
    }

    @Test
    @DisplayName("A malformed sign-in body is a 400 problem, not a 401 or a 500")
    void badLogin() {
        isProblem(Api.anonymous().post("/api/auth/login", "{\"tenant\": "), 400, "body");
    }
}
