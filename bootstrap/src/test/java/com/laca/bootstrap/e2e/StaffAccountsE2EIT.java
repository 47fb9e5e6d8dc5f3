package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An owner reads, changes and deactivates staff accounts over HTTP (issue 9 item 11), and keeps an owner. */
@ExtendWith(RunningServer.class)
@DisplayName("Owners manage staff accounts: read, replace, deactivate, never the last owner")
class StaffAccountsE2EIT {

    private final Api owner = Api.withToken(Sessions.demoOwner());

    @Test
    @DisplayName("An account is read, renamed and re-roled with a whole replacement; a missing field is a 400 naming it")
    void replaceNeedsEveryField() {
        NewStaff staff = NewStaff.inDemoClinic(Set.of("FRONTDESK"));

        Api.Response read = owner.get("/api/staff/" + staff.id());
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.string("email")).isEqualTo(staff.email());

        Api.Response partial = owner.put("/api/staff/" + staff.id(), "{\"displayName\": \"Only A Name\"}", Map.of());
        assertThat(partial.status()).as(partial.toString()).isEqualTo(400);
        assertThat(partial.toString()).contains("roles", "active");
        assertThat(owner.get("/api/staff/" + staff.id()).string("displayName")).as("nothing changed")
                .isNotEqualTo("Only A Name");

        Api.Response replaced = owner.put("/api/staff/" + staff.id(), """
                {"displayName": "Jo Desk-Manager", "roles": ["FRONTDESK", "MANAGER"], "active": true}""", Map.of());
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        JsonObject account = replaced.json();
        assertThat(account.getString("displayName")).isEqualTo("Jo Desk-Manager");
        assertThat(account.getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString))
                .containsExactly("FRONTDESK", "MANAGER");

        Api.Response platformRole = owner.put("/api/staff/" + staff.id(), """
                {"displayName": "Jo", "roles": ["PLATFORM_ADMIN"], "active": true}""", Map.of());
        assertThat(platformRole.status()).as(platformRole.toString()).isEqualTo(400);
        assertThat(platformRole.toString()).doesNotContain("PLATFORM_ADMIN,", "or PLATFORM_ADMIN");
    }

    @Test
    @DisplayName("The last active owner can be neither deactivated nor demoted; an unknown account is a 404")
    void lastOwnerStays() {
        String slug = "owners-" + UUID.randomUUID().toString().substring(0, 8);
        Api admin = Api.withToken(Sessions.platformAdmin());
        Api.Response created = admin.post("/api/admin/tenants", """
                {"slug": "%s", "name": "One Owner", "zone": "Europe/London", "currency": "GBP",
                 "ownerEmail": "owner@%s.test", "ownerName": "Owner"}""".formatted(slug, slug));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String tenantId = created.json().getJsonObject("tenant").getString("id");
        NewStaff.setPassword(Outbox.ownerInvitationToken(tenantId, "owner@" + slug + ".test"), "owner-passphrase-1");
        Api soleOwner = Api.withToken(Sessions.login(slug, "owner@" + slug + ".test", "owner-passphrase-1")
                .string("accessToken"));
        String ownerId = soleOwner.get("/api/staff").json().getJsonArray("items").getJsonObject(0).getString("id");

        Api.Response removed = soleOwner.send("DELETE", "/api/staff/" + ownerId, null, Map.of());
        assertThat(removed.status()).as(removed.toString()).isEqualTo(409);
        Api.Response demoted = soleOwner.put("/api/staff/" + ownerId, """
                {"displayName": "Owner", "roles": ["MANAGER"], "active": true}""", Map.of());
        assertThat(demoted.status()).as(demoted.toString()).isEqualTo(409);
        assertThat(soleOwner.get("/api/staff/" + UUID.randomUUID()).status()).isEqualTo(404);
    }
}
