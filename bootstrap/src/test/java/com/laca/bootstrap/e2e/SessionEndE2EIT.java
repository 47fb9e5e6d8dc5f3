package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Sessions end when they should: after a password reset, when a staff account is deactivated, and when the platform
 * suspends the clinic.
 */
@ExtendWith(RunningServer.class)
@DisplayName("Password resets and suspensions end sessions")
class SessionEndE2EIT {

    private static Api.Response refresh(String refreshToken) {
        return Api.anonymous().post("/api/auth/refresh", "{\"refreshToken\": \"" + refreshToken + "\"}");
    }

    private static String issueReset(NewStaff staff) {
        return Outbox.newToken(Sessions.demoOwner(), staff.email(), "password-reset", () -> {
            Api.Response reset = Api.withToken(Sessions.demoOwner()).post("/api/staff/" + staff.id()
                    + "/password-reset", null);
            assertThat(reset.status()).as(reset.toString()).isEqualTo(201);
            assertThat(reset.json().containsKey("token")).as("the token is e-mailed, not answered").isFalse();
        });
    }

    @Test
    @DisplayName("A completed password reset ends every session of the account, on every device")
    void completedResetEndsSessions() {
        NewStaff staff = NewStaff.inDemoClinic(Set.of("PRACTITIONER"));
        String phone = staff.signIn().string("refreshToken");
        String tablet = staff.signIn().string("refreshToken");
        String reset = issueReset(staff);

        NewStaff.setPassword(reset, "a-new-passphrase-" + UUID.randomUUID());

        assertThat(refresh(phone).status()).as("the phone's session").isEqualTo(401);
        assertThat(refresh(tablet).status()).as("the tablet's session").isEqualTo(401);
    }

    @Test
    @DisplayName("Once a reset is issued, the old password and the old sessions no longer work; the new password does")
    void issuedResetEndsOldPassword() {
        NewStaff staff = NewStaff.inDemoClinic(Set.of("FRONTDESK"));
        String session = staff.signIn().string("refreshToken");

        String reset = issueReset(staff);

        assertThat(staff.login().status()).as("the old password").isEqualTo(401);
        assertThat(refresh(session).status()).as("the old session").isEqualTo(401);
        String newPassword = "a-new-passphrase-" + UUID.randomUUID();
        NewStaff.setPassword(reset, newPassword);
        assertThat(Sessions.login(Sessions.DEMO, staff.email(), newPassword).status()).isEqualTo(200);
    }

    @Test
    @DisplayName("Deactivating a staff account stops the access token already handed out within seconds, not at its "
            + "expiry, and ends its sessions")
    void deactivationStopsAccessToken() throws InterruptedException {
        NewStaff staff = NewStaff.inDemoClinic(Set.of("FRONTDESK"));
        Api.Response signedIn = staff.signIn();
        Api account = Api.withToken(signedIn.string("accessToken"));
        assertThat(account.get("/api/treatments").status()).as("before").isEqualTo(200);

        Api.Response removed = Api.withToken(Sessions.demoOwner()).send("DELETE", "/api/staff/" + staff.id(), null,
                Map.of());
        assertThat(removed.status()).as(removed.toString()).isIn(200, 204);

        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        int status = account.get("/api/treatments").status();
        while (status == 200 && System.nanoTime() < deadline) {
            Thread.sleep(500);
            status = account.get("/api/treatments").status();
        }
        assertThat(status).as("the access token after deactivation (tokens live 15 minutes)").isEqualTo(401);
        assertThat(refresh(signedIn.string("refreshToken")).status()).as("the session").isEqualTo(401);
    }

    @Test
    @DisplayName("Suspending a clinic refuses its access tokens at once, revokes its sessions for good, and "
            + "reactivating it needs a new sign-in")
    void suspensionEndsSessions() {
        Api admin = Api.withToken(Sessions.platformAdmin());
        String slug = "suspend-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = admin.post("/api/admin/tenants", """
                {"slug": "%s", "name": "Soon Suspended", "zone": "Europe/London", "currency": "GBP",
                 "ownerEmail": "owner@%s.test", "ownerName": "Owner"}""".formatted(slug, slug));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String tenantId = created.json().getJsonObject("tenant").getString("id");
        NewStaff.setPassword(Outbox.ownerInvitationToken(tenantId, "owner@" + slug + ".test"),
                "owner-passphrase-1");
        Api.Response signedIn = Sessions.login(slug, "owner@" + slug + ".test", "owner-passphrase-1");
        Api owner = Api.withToken(signedIn.string("accessToken"));
        assertThat(owner.get("/api/treatments").status()).isEqualTo(200);

        Api.Response suspended = admin.put("/api/admin/tenants/" + tenantId + "/status",
                "{\"status\": \"SUSPENDED\"}",
                Sessions.ifMatch(created.json().getJsonObject("tenant").getJsonNumber("version").longValue()));
        assertThat(suspended.status()).as(suspended.toString()).isEqualTo(200);

        assertThat(owner.get("/api/treatments").status()).as("reading").isEqualTo(401);
        assertThat(owner.post("/api/staff", """
                {"email": "second-owner@%s.test", "displayName": "Second", "roles": ["OWNER"]}""".formatted(slug))
                .status()).as("inviting an owner").isEqualTo(401);

        Api.Response reactivated = admin.put("/api/admin/tenants/" + tenantId + "/status",
                "{\"status\": \"ACTIVE\"}",
                Sessions.ifMatch(suspended.json().getJsonNumber("version").longValue()));
        assertThat(reactivated.status()).as(reactivated.toString()).isEqualTo(200);
        assertThat(refresh(signedIn.string("refreshToken")).status()).as("the old session").isEqualTo(401);
        assertThat(Sessions.login(slug, "owner@" + slug + ".test", "owner-passphrase-1").status()).isEqualTo(200);
    }
}
