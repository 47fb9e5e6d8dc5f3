package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningServer.class)
@DisplayName("Signing in, refreshing and signing out")
class AuthE2EIT {

    private static Api.Response refresh(String refreshToken) {
        return Api.anonymous().post("/api/auth/refresh", "{\"refreshToken\": \"" + refreshToken + "\"}");
    }

    @Test
    @DisplayName("The demo owner signs in and gets a bearer token, a refresh token and their lifetimes")
    void signIn() {
        Api.Response response = Sessions.login(Sessions.DEMO, Sessions.DEMO_OWNER, Sessions.DEMO_PASSWORD);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.string("tokenType")).isEqualTo("Bearer");
        assertThat(response.json().getInt("expiresIn")).isBetween(60, 15 * 60);
        assertThat(response.string("accessToken")).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        assertThat(response.string("refreshToken")).isNotBlank();
    }

    @Test
    @DisplayName("A wrong password, an unknown e-mail and an unknown clinic all get the same 401 problem")
    void wrongCredentials() {
        for (Api.Response response : new Api.Response[] {
                Sessions.login(Sessions.DEMO, Sessions.DEMO_OWNER, "not-the-password"),
                Sessions.login(Sessions.DEMO, "nobody-" + UUID.randomUUID() + "@demo-clinic.test", "whatever-pass"),
                Sessions.login("no-such-clinic", Sessions.DEMO_OWNER, Sessions.DEMO_PASSWORD)}) {
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.body()).doesNotContain("Exception");
        }
    }

    @Test
    @DisplayName("An absurdly long e-mail is just invalid credentials, and is refused again the same way")
    void longEmail() {
        String email = "x".repeat(2_000) + "@demo-clinic.test";
        assertThat(Sessions.login(Sessions.DEMO, email, "whatever-pass").status()).isEqualTo(401);
        assertThat(Sessions.login(Sessions.DEMO, email, "whatever-pass").status()).isEqualTo(401);
    }

    @Test
    @DisplayName("The owner's password does not open the other clinic")
    void passwordIsPerTenant() {
        assertThat(Sessions.login(Sessions.OTHER, Sessions.DEMO_OWNER, Sessions.DEMO_PASSWORD).status()).isEqualTo(401);
    }

    @Test
    @DisplayName("A refresh token works once; presenting it again revokes every token of that sign-in")
    void refreshRotationAndReuse() {
        String first = Sessions.login(Sessions.DEMO, Sessions.DEMO_OWNER, Sessions.DEMO_PASSWORD)
                .string("refreshToken");
        Api.Response rotated = refresh(first);
        assertThat(rotated.status()).isEqualTo(200);
        String second = rotated.string("refreshToken");
        assertThat(second).isNotEqualTo(first);
        assertThat(Api.withToken(rotated.string("accessToken")).get("/api/locations").status()).isEqualTo(200);

        assertThat(refresh(first).status()).as("reusing a rotated token").isEqualTo(401);
        assertThat(refresh(second).status()).as("its successor is revoked too").isEqualTo(401);
    }

    @Test
    @DisplayName("After logout the refresh token no longer works")
    void logout() {
        String refreshToken = Sessions.login(Sessions.DEMO, Sessions.DEMO_OWNER, Sessions.DEMO_PASSWORD)
                .string("refreshToken");
        assertThat(Api.anonymous().post("/api/auth/logout", "{\"refreshToken\": \"" + refreshToken + "\"}").status())
                .isEqualTo(204);
        assertThat(refresh(refreshToken).status()).isEqualTo(401);
    }

    @Test
    @DisplayName("A made-up refresh token is 401, not an error")
    void madeUpRefreshToken() {
        assertThat(refresh("nonsense").status()).isEqualTo(401);
        assertThat(refresh(UUID.randomUUID() + ".AAAA").status()).isEqualTo(401);
    }

    @Test
    @DisplayName("After five failures for one account the sixth attempt is throttled with 429 and Retry-After, even "
            + "with the right password")
    void throttling() {
        String email = "staff-" + UUID.randomUUID() + "@demo-clinic.test";
        Api.Response invited = Api.withToken(Sessions.demoOwner()).post("/api/staff", """
                {"email": "%s", "displayName": "Locked Out", "roles": ["FRONTDESK"]}""".formatted(email));
        String password = "pw-" + UUID.randomUUID();
        Api.anonymous().post("/api/auth/password", """
                {"token": "%s", "password": "%s"}""".formatted(Outbox.invitationToken(email), password));
        for (int i = 0; i < 5; i++) {
            assertThat(Sessions.login(Sessions.DEMO, email, "wrong-password-" + i).status()).isEqualTo(401);
        }

        Api.Response throttled = Sessions.login(Sessions.DEMO, email, password);
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.header("Retry-After")).isPresent();
        assertThat(throttled.contentType()).startsWith("application/problem+json");
    }

    @Test
    @DisplayName("An invited member of staff sets a password with the one-time token, which works only once")
    void invitation() {
        String email = "staff-" + UUID.randomUUID() + "@demo-clinic.test";
        Api.Response invited = Api.withToken(Sessions.demoOwner()).post("/api/staff", """
                {"email": "%s", "displayName": "New Nurse", "roles": ["PRACTITIONER"]}""".formatted(email));
        assertThat(invited.status()).isEqualTo(201);
        assertThat(invited.json().containsKey("token")).as("the token is e-mailed, not answered").isFalse();
        String token = Outbox.invitationToken(email);
        assertThat(Sessions.login(Sessions.DEMO, email, "anything-at-all").status()).isEqualTo(401);

        String setPassword = "{\"token\": \"" + token + "\", \"password\": \"a-long-passphrase\"}";
        assertThat(Api.anonymous().post("/api/auth/password", setPassword).status()).isEqualTo(204);
        assertThat(Api.anonymous().post("/api/auth/password", setPassword).status()).isEqualTo(400);
        assertThat(Sessions.login(Sessions.DEMO, email, "a-long-passphrase").status()).isEqualTo(200);
    }

    @Test
    @DisplayName("A password shorter than ten characters is refused, naming the field")
    void shortPassword() {
        String email = "staff-" + UUID.randomUUID() + "@demo-clinic.test";
        Api.withToken(Sessions.demoOwner()).post("/api/staff", """
                {"email": "%s", "displayName": "Short", "roles": ["FINANCE"]}""".formatted(email));
        String token = Outbox.invitationToken(email);
        Api.Response response = Api.anonymous().post("/api/auth/password",
                "{\"token\": \"" + token + "\", \"password\": \"short\"}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("password");
    }

    @Test
    @DisplayName("A staff member with several roles gets them all in the token")
    void severalRoles() {
        String token = Sessions.newDemoStaff(Set.of("FRONTDESK", "FINANCE"));
        String payload = new String(java.util.Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        assertThat(payload).contains("FRONTDESK").contains("FINANCE").contains("\"tenant\"");
    }
}
