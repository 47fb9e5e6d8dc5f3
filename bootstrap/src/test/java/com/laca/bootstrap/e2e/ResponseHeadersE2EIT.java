package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every answer tells browsers and caches to keep personal and clinical data to themselves, and none names the server
 * software; a problem never repeats a client's manage token.
 */
@ExtendWith(RunningServer.class)
@DisplayName("Security headers on every answer, and no secrets echoed")
class ResponseHeadersE2EIT {

    private static final Map<String, String> EXPECTED = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "Cache-Control", "no-store",
            "X-Frame-Options", "DENY");

    private static Api owner;

    @BeforeAll
    static void signIn() {
        owner = Api.withToken(Sessions.demoOwner());
    }

    private static Map<String, Supplier<Api.Response>> answers() {
        Api anonymous = Api.anonymous();
        return Map.ofEntries(
                Map.entry("the staff list", () -> owner.get("/api/staff")),
                Map.entry("the calendar", () -> owner.get("/api/appointments?from=2026-12-01&to=2026-12-07")),
                Map.entry("a treatment created", () -> owner.post("/api/treatments", """
                        {"name": "Header peel", "category": "CHEMICAL_PEEL", "durationMinutes": 40,
                         "priceMinorUnits": 8500}""")),
                Map.entry("the public menu", () -> anonymous.get("/api/public/demo-clinic/treatments")),
                Map.entry("a failed sign-in", () -> anonymous.post("/api/auth/login", """
                        {"tenant": "demo-clinic", "email": "nobody@example.com", "password": "wrong"}""")),
                Map.entry("a missing token", () -> anonymous.get("/api/staff")),
                Map.entry("a forged token", () -> Api.withToken("forged.token.value").get("/api/staff")),
                Map.entry("an unknown path", () -> anonymous.get("/nothing/here")),
                Map.entry("a method not allowed", () -> owner.send("DELETE", "/api/staff", null, Map.of())),
                Map.entry("health", () -> anonymous.get("/health/ready")),
                Map.entry("the API description", () -> anonymous.get("/openapi")));
    }

    @Test
    @DisplayName("Each answer carries nosniff, no-referrer, DENY framing, a strict CSP and Cache-Control: no-store, "
            + "but the public menu, which holds no personal data and may be cached (issue 13)")
    void securityHeadersEverywhere() {
        answers().forEach((what, request) -> {
            Api.Response response = request.get();
            EXPECTED.forEach((header, value) -> assertThat(response.header(header)).as("%s: %s", what, header)
                    .contains(what.equals("the public menu") && header.equals("Cache-Control")
                            ? "public, max-age=60" : value));
            assertThat(response.header("Content-Security-Policy")).as("%s: CSP", what)
                    .hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'none'")
                            .contains("frame-ancestors 'none'"));
        });
    }

    @Test
    @DisplayName("No answer names the server software or its version")
    void noProductName() {
        answers().forEach((what, request) -> {
            Api.Response response = request.get();
            assertThat(response.header("Server")).as("%s: Server", what).isEmpty();
            assertThat(response.header("X-Powered-By")).as("%s: X-Powered-By", what).isEmpty();
            assertThat(response.body()).as(what).doesNotContainIgnoringCase("payara").doesNotContain("GlassFish");
        });
    }

    @ParameterizedTest(name = "manage link{0}")
    @ValueSource(strings = {"", "/cancel", "/reschedule"})
    @DisplayName("A problem about a booking's manage link does not repeat the manage token")
    void manageTokenNotEchoed(String action) {
        String token = "mT" + "x7Kq9Zp2Lw".repeat(7) + "ab9Q";
        String path = "/api/public/demo-clinic/bookings/" + token + action;
        Api.Response response = action.isEmpty() ? Api.anonymous().get(path)
                : Api.anonymous().post(path, "{\"start\": \"2026-12-01T09:00:00Z\"}");
        assertThat(response.status()).as(response.toString()).isBetween(400, 499);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain(token);
        assertThat(response.json().getString("instance"))
                .isEqualTo("/api/public/demo-clinic/bookings/redacted" + action);
    }

    @Test
    @DisplayName("The container's own problems (a bad token, an unknown path) do not repeat a manage token either")
    void containerProblemsDoNotEchoTheToken() {
        String token = "Zq" + "p4Nc8Rt1Vb".repeat(7) + "x0Y9";
        for (String path : List.of("/api/public/demo-clinic/bookings/" + token + "/nothing",
                "/api/public/demo-clinic/bookings/" + token)) {
            Api.Response response = Api.withToken("forged.token.value").get(path);
            assertThat(response.body()).as(response.toString()).doesNotContain(token);
        }
    }
}
