package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Signs people in for the tests: the demo owners, the platform administrator, and fresh staff of any role. */
public final class Sessions {

    public static final String DEMO = "demo-clinic";
    public static final String OTHER = "northside-aesthetics";
    public static final String DEMO_OWNER = "owner@demo-clinic.test";
    public static final String OTHER_OWNER = "owner@northside.test";
    public static final String DEMO_PASSWORD = "LacaDemo-2026!";
    public static final String PLATFORM = "platform";
    public static final String PLATFORM_ADMIN = "admin@laca.local";

    private Sessions() {
    }

    /** Signs in and returns the whole login response. */
    public static Api.Response login(String tenant, String email, String password) {
        return Api.anonymous().post("/api/auth/login", """
                {"tenant": "%s", "email": "%s", "password": "%s"}""".formatted(tenant, email, password));
    }

    /** Signs in and returns the access token, failing the test if sign-in fails. */
    public static String token(String tenant, String email, String password) {
        Api.Response response = login(tenant, email, password);
        assertThat(response.status()).as("sign-in of %s: %s", email, response).isEqualTo(200);
        return response.string("accessToken");
    }

    public static String demoOwner() {
        return token(DEMO, DEMO_OWNER, DEMO_PASSWORD);
    }

    public static String otherOwner() {
        return token(OTHER, OTHER_OWNER, DEMO_PASSWORD);
    }

    public static String platformAdmin() {
        return token(PLATFORM, PLATFORM_ADMIN, RunningServer.get().platformAdminPassword());
    }

    /** Invites a new staff member of the demo clinic with the given roles, sets their password, and signs them in. */
    public static String newDemoStaff(Set<String> roles) {
        String email = "staff-" + UUID.randomUUID() + "@demo-clinic.test";
        String roleList = roles.stream().map(r -> "\"" + r + "\"").collect(Collectors.joining(","));
        Api.Response invited = Api.withToken(demoOwner()).post("/api/staff", """
                {"email": "%s", "displayName": "Test %s", "roles": [%s]}""".formatted(email, roles, roleList));
        assertThat(invited.status()).as("invite: %s", invited).isEqualTo(201);
        String password = "pw-" + UUID.randomUUID();
        Api.Response set = Api.anonymous().post("/api/auth/password", """
                {"token": "%s", "password": "%s"}""".formatted(Outbox.invitationToken(email), password));
        assertThat(set.status()).as("set password: %s", set).isEqualTo(204);
        return token(DEMO, email, password);
    }

    /** Invites a new trainee (a STUDENT account) of the demo clinic's academy, sets their password, signs them in. */
    public static String newDemoTrainee() {
        String email = "trainee-" + UUID.randomUUID() + "@demo-clinic.test";
        Api.Response invited = Api.withToken(demoOwner()).post("/api/academy/trainees", """
                {"email": "%s", "displayName": "Trainee %s"}""".formatted(email, email));
        assertThat(invited.status()).as("invite trainee: %s", invited).isEqualTo(201);
        String password = "pw-" + UUID.randomUUID();
        Api.Response set = Api.anonymous().post("/api/auth/password", """
                {"token": "%s", "password": "%s"}""".formatted(Outbox.invitationToken(email), password));
        assertThat(set.status()).as("set password: %s", set).isEqualTo(204);
        return token(DEMO, email, password);
    }

    /** The If-Match header for a record at a version. */
    public static Map<String, String> ifMatch(long version) {
        return Map.of("If-Match", "\"" + version + "\"");
    }
}
