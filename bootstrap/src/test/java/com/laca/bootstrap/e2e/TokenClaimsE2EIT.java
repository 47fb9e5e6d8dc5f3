package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tokens correctly signed with the server's key but whose claims must still be refused: not yet valid, or speaking
 * for a clinic that does not exist.
 */
@ExtendWith(RunningServer.class)
@DisplayName("Signed tokens that are not yet valid or name no clinic are refused with 401")
class TokenClaimsE2EIT {

    private static SignedTokens tokens;

    @BeforeAll
    static void signLikeTheServer() {
        tokens = SignedTokens.basedOn(Sessions.demoOwner());
    }

    private static void refused(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    }

    @Test
    @DisplayName("A token that becomes valid only in an hour (nbf) is refused now")
    void notYetValid() {
        String later = tokens.signed(b -> b.notBeforeTime(Date.from(Instant.now().plusSeconds(3600))));
        refused(Api.withToken(later).get("/api/locations"));
    }

    @Test
    @DisplayName("A token valid since a minute ago (nbf in the past) is accepted (the control case)")
    void alreadyValid() {
        String earlier = tokens.signed(b -> b.notBeforeTime(Date.from(Instant.now().minusSeconds(60))));
        assertThat(Api.withToken(earlier).get("/api/locations").status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "GET {0}")
    @ValueSource(strings = {"/api/locations", "/api/treatments", "/api/appointments",
            "/api/appointments?from=2026-12-01&to=2026-12-02",
            "/api/staff", "/api/settings/booking"})
    @DisplayName("A token for a clinic id that does not exist is refused, never answered with empty data or a 500")
    void unknownTenant(String path) {
        String nowhere = tokens.signed(b -> b.claim("tenant", UUID.randomUUID().toString()));
        refused(Api.withToken(nowhere).get(path));
    }

    @Test
    @DisplayName("A token for a clinic that does not exist cannot write either")
    void unknownTenantCannotWrite() {
        String nowhere = tokens.signed(b -> b.claim("tenant", UUID.randomUUID().toString()));
        refused(Api.withToken(nowhere).post("/api/staff", """
                {"email": "x-%s@nowhere.test", "displayName": "X", "roles": ["OWNER"]}"""
                .formatted(UUID.randomUUID())));
    }
}
