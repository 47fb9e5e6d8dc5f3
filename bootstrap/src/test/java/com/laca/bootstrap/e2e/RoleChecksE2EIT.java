package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Role checks that answered wrongly: the booking terms hidden from a role that may view settings, a refund's body
 * judged before the caller's right to refund, and academy or client roles accepted as clinic staff.
 */
@ExtendWith(RunningServer.class)
@DisplayName("Roles: the right permission, checked before the input")
class RoleChecksE2EIT {

    @Test
    @DisplayName("An instructor may view the clinic's booking terms, a setting like any other")
    void instructorViewsBookingTerms() {
        Api.Response terms = Api.withToken(Sessions.newDemoStaff(Set.of("INSTRUCTOR"))).get("/api/settings/booking");
        assertThat(terms.status()).as(terms.toString()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"FRONTDESK", "PRACTITIONER", "INSTRUCTOR"})
    @DisplayName("A role that may not refund gets 403 for any refund request, whatever its body or headers")
    void refundPermissionComesFirst(String role) {
        Api staff = Api.withToken(Sessions.newDemoStaff(Set.of(role)));
        String refunds = "/api/payments/appointments/" + UUID.randomUUID() + "/refunds";
        Map<String, String> key = Map.of("Idempotency-Key", "k-" + UUID.randomUUID());

        for (Api.Response response : new Api.Response[] {
                staff.send("POST", refunds, "{}", Map.of()),
                staff.send("POST", refunds, "{\"reason\": \"NOT_A_REASON\"}", key),
                staff.send("POST", refunds, "{\"amountMinor\": \"lots\"}", key),
                staff.send("POST", refunds, "[1, 2]", key),
                staff.send("POST", refunds, null, Map.of("Idempotency-Key", "k-1",
                        "Content-Type", "application/json")),
                staff.send("POST", "/api/payments/appointments/not-an-id/refunds", "{}", key)}) {
            assertThat(response.status()).as(response.toString()).isEqualTo(403);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }

    /**
     * The refusal must not wait for the body: a check that read its first byte before refusing held the request for
     * the listener's read time-out (10 s) when that byte was late, and then answered 400 "malformed" instead of 403.
     */
    @Test
    @DisplayName("A role that may not refund is refused at once, before the body it announced has arrived")
    void refusedBeforeTheBodyArrives() throws Exception {
        String token = Sessions.newDemoStaff(Set.of("FRONTDESK"));
        URI base = RunningServer.get().base();
        try (Socket socket = RawHttp.connect(base)) {
            long start = System.nanoTime();
            socket.getOutputStream().write(("POST /api/payments/appointments/" + UUID.randomUUID() + "/refunds"
                    + " HTTP/1.1\r\nHost: " + base.getHost() + "\r\nAuthorization: Bearer " + token
                    + "\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            RawHttp.Answer answer = RawHttp.read(socket, start, Duration.ofSeconds(5));

            assertThat(answer.status()).as("answer: %s", answer).isEqualTo(403);
            assertThat(answer.header("Content-Type")).as("answer: %s", answer)
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"MANAGER", "FRONTDESK", "PLATFORM_ADMIN"})
    @DisplayName("A role that may not manage staff gets 403 for any invitation or reset, however malformed")
    void staffPermissionComesFirst(String role) {
        Api staff = Api.withToken(role.equals("PLATFORM_ADMIN") ? Sessions.platformAdmin()
                : Sessions.newDemoStaff(Set.of(role)));
        for (Api.Response response : new Api.Response[] {
                staff.post("/api/staff", "{\"roles\": \"OWNER\"}"),
                staff.post("/api/staff", "[]"),
                staff.post("/api/staff/not-an-id/password-reset", null)}) {
            assertThat(response.status()).as(response.toString()).isEqualTo(403);
        }
    }

    @Test
    @DisplayName("A clinic owner gets 403 from the tenant administration, however malformed the request")
    void tenantPermissionComesFirst() {
        Api owner = Api.withToken(Sessions.demoOwner());
        for (Api.Response response : new Api.Response[] {
                owner.post("/api/admin/tenants", "{\"slug\": 7}"),
                owner.get("/api/admin/tenants?page=-1"),
                owner.get("/api/admin/tenants/not-an-id"),
                owner.put("/api/admin/tenants/not-an-id/status", "{\"status\": \"GONE\"}", Map.of())}) {
            assertThat(response.status()).as(response.toString()).isEqualTo(403);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"STUDENT", "CLIENT"})
    @DisplayName("Academy students and clinic clients cannot be invited as staff, alone or beside a staff role")
    void notStaffRoles(String role) {
        Api owner = Api.withToken(Sessions.demoOwner());
        for (String roles : new String[] {"[\"" + role + "\"]", "[\"FRONTDESK\", \"" + role + "\"]"}) {
            Api.Response invited = owner.post("/api/staff", """
                    {"email": "x-%s@demo-clinic.test", "displayName": "X", "roles": %s}"""
                    .formatted(UUID.randomUUID(), roles));
            assertThat(invited.status()).as(invited.toString()).isEqualTo(400);
            assertThat(invited.contentType()).startsWith("application/problem+json");
            assertThat(invited.body()).contains("roles");
        }
    }
}
