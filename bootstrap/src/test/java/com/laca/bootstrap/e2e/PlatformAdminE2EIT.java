package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(RunningServer.class)
@DisplayName("The platform administrator manages tenants")
class PlatformAdminE2EIT {

    @Test
    @DisplayName("A new clinic is created, its owner sets a password and signs in; suspended, it is closed")
    void tenantLifecycle() {
        Api admin = Api.withToken(Sessions.platformAdmin());
        String slug = "clinic-" + UUID.randomUUID().toString().substring(0, 8);
        Api.Response created = admin.post("/api/admin/tenants", """
                {"slug": "%s", "name": "New Clinic", "zone": "Europe/London", "currency": "GBP",
                 "ownerEmail": "owner@%s.test", "ownerName": "New Owner"}""".formatted(slug, slug));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String tenantId = created.json().getJsonObject("tenant").getString("id");
        assertThat(created.json().getJsonObject("ownerInvitation").containsKey("token")).isFalse();
        String invitation = Outbox.ownerInvitationToken(tenantId, "owner@" + slug + ".test");

        assertThat(Api.anonymous().post("/api/auth/password", """
                {"token": "%s", "password": "new-owner-passphrase"}""".formatted(invitation)).status()).isEqualTo(204);
        String ownerToken = Sessions.token(slug, "owner@" + slug + ".test", "new-owner-passphrase");
        assertThat(Api.withToken(ownerToken).get("/api/treatments").json().getInt("total")).isZero();
        assertThat(Api.anonymous().get("/api/public/" + slug + "/treatments").status()).isEqualTo(200);

        Api.Response suspended = admin.put("/api/admin/tenants/" + tenantId + "/status", "{\"status\": \"SUSPENDED\"}",
                Sessions.ifMatch(created.json().getJsonObject("tenant").getJsonNumber("version").longValue()));
        assertThat(suspended.status()).as(suspended.toString()).isEqualTo(200);
        assertThat(Sessions.login(slug, "owner@" + slug + ".test", "new-owner-passphrase").status()).isEqualTo(401);
        assertThat(Api.anonymous().get("/api/public/" + slug + "/treatments").status()).isEqualTo(404);
    }

    @Test
    @DisplayName("A taken slug is a 409 problem and a bad one a 400 problem")
    void badTenants() {
        Api admin = Api.withToken(Sessions.platformAdmin());
        Api.Response taken = admin.post("/api/admin/tenants", """
                {"slug": "demo-clinic", "name": "Copy", "zone": "Europe/London", "currency": "GBP",
                 "ownerEmail": "x@copy.test", "ownerName": "X"}""");
        assertThat(taken.status()).as(taken.toString()).isEqualTo(409);
        Api.Response bad = admin.post("/api/admin/tenants", """
                {"slug": "Bad Slug", "name": "Bad", "zone": "Europe/London", "currency": "GBP",
                 "ownerEmail": "x@bad.test", "ownerName": "X"}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("slug");
    }

    @Test
    @DisplayName("The platform administrator lists tenants but sees no clinic's data")
    void adminSeesNoClinicData() {
        Api admin = Api.withToken(Sessions.platformAdmin());
        assertThat(admin.get("/api/admin/tenants").body()).contains("demo-clinic").contains("northside-aesthetics");
        assertThat(admin.get("/api/treatments").status()).isEqualTo(403);
    }
}
