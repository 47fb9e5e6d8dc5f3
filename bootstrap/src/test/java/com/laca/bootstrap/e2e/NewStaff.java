package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A member of the demo clinic's staff made for one test (invited by the owner, password set), so tests that lock,
 * reset or revoke an account never disturb another test's account.
 *
 * @param id the account's id, as the invitation answered it
 */
record NewStaff(String id, String email, String password) {

    /** Invites someone with the given roles into the demo clinic and sets their password. */
    static NewStaff inDemoClinic(Set<String> roles) {
        String email = "staff-" + UUID.randomUUID() + "@demo-clinic.test";
        String roleList = roles.stream().map(r -> "\"" + r + "\"").collect(Collectors.joining(","));
        Api.Response invited = Api.withToken(Sessions.demoOwner()).post("/api/staff", """
                {"email": "%s", "displayName": "Test %s", "roles": [%s]}""".formatted(email, roles, roleList));
        assertThat(invited.status()).as("invite: %s", invited).isEqualTo(201);
        String password = "pw-" + UUID.randomUUID();
        setPassword(Outbox.invitationToken(email), password);
        return new NewStaff(invited.string("userId"), email, password);
    }

    /** Sets a password with a one-time token from an invitation or a reset. */
    static void setPassword(String oneTimeToken, String password) {
        Api.Response set = Api.anonymous().post("/api/auth/password", """
                {"token": "%s", "password": "%s"}""".formatted(oneTimeToken, password));
        assertThat(set.status()).as("set password: %s", set).isEqualTo(204);
    }

    /** Signs in with the password, whatever the answer. */
    Api.Response login() {
        return Sessions.login(Sessions.DEMO, email, password);
    }

    /** Signs in and returns the whole successful answer. */
    Api.Response signIn() {
        Api.Response response = login();
        assertThat(response.status()).as("sign-in of %s: %s", email, response).isEqualTo(200);
        return response;
    }
}
