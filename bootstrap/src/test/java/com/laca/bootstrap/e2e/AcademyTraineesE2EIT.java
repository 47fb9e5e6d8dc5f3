package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Trainee accounts on the running server: invited by academy staff, signed in with a STUDENT token of their own. */
@ExtendWith(RunningServer.class)
@DisplayName("Academy trainees sign in to their clinic with their own STUDENT login")
class AcademyTraineesE2EIT {

    @Test
    @DisplayName("An instructor invites a trainee, who sets a password, signs in, and sees themself, nothing of staff")
    void traineeSignsInWithinTheTenant() {
        String instructor = Sessions.newDemoStaff(java.util.Set.of("INSTRUCTOR"));
        String email = "trainee-" + UUID.randomUUID() + "@demo-clinic.test";
        Api.Response invited = Api.withToken(instructor).post("/api/academy/trainees", """
                {"email": "%s", "displayName": "Dr Sam Lee"}""".formatted(email));
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        NewStaff.setPassword(Outbox.invitationToken(email), "a trainee's passphrase");

        String token = Sessions.token(Sessions.DEMO, email, "a trainee's passphrase");
        JsonObject me = Api.withToken(token).get("/api/academy/me").json();
        assertThat(me.getString("id")).isEqualTo(invited.string("userId"));
        assertThat(me.getString("displayName")).isEqualTo("Dr Sam Lee");
        assertThat(Api.withToken(instructor).get("/api/academy/trainees").body()).contains(email);

        for (String path : new String[] {"/api/staff", "/api/academy/trainees", "/api/treatments"}) {
            Api.Response refused = Api.withToken(token).get(path);
            assertThat(refused.status()).as(path + ": " + refused).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        Api.Response staffMe = Api.withToken(instructor).get("/api/academy/me");
        assertThat(staffMe.status()).as(staffMe.toString()).isEqualTo(403);
    }

    @Test
    @DisplayName("The trainee's clinic is the one that invited them: the other clinic's list does not show them")
    void otherClinicDoesNotSeeTrainee() {
        String email = "trainee-" + UUID.randomUUID() + "@demo-clinic.test";
        Api.Response invited = Api.withToken(Sessions.demoOwner()).post("/api/academy/trainees", """
                {"email": "%s", "displayName": "Dr Sam Lee"}""".formatted(email));
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        Api.Response other = Api.withToken(Sessions.otherOwner()).get("/api/academy/trainees");
        assertThat(other.status()).isEqualTo(200);
        assertThat(other.body()).doesNotContain(email);
        assertThat(Sessions.login(Sessions.OTHER, email, "whatever it is").status()).isEqualTo(401);
    }

    @Test
    @DisplayName("A missing or bad e-mail or name is a 400 problem naming the field; an e-mail in use is a 409")
    void badInput() {
        Api owner = Api.withToken(Sessions.demoOwner());
        for (String[] bad : new String[][] {
                {"{\"displayName\": \"A\"}", "email"},
                {"{\"email\": \"not-an-address\", \"displayName\": \"A\"}", "email"},
                {"{\"email\": \"a-" + UUID.randomUUID() + "@x.test\", \"displayName\": \"  \"}", "displayName"},
                {"{\"email\": \"a-" + UUID.randomUUID() + "@x.test\"}", "displayName"}}) {
            Api.Response refused = owner.post("/api/academy/trainees", bad[0]);
            assertThat(refused.status()).as(bad[0] + ": " + refused).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.body()).contains(bad[1]);
        }
        Api.Response taken = owner.post("/api/academy/trainees", """
                {"email": "%s", "displayName": "Owner again"}""".formatted(Sessions.DEMO_OWNER));
        assertThat(taken.status()).as(taken.toString()).isEqualTo(409);
    }
}
