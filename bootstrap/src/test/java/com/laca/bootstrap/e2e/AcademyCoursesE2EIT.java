package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The academy's course journey on the running server: an instructor publishes a course and enrols a trainee, who
 * completes lessons; progress is derived and the enrolment completes when the last required lesson is recorded.
 */
@ExtendWith(RunningServer.class)
@DisplayName("Academy courses: publish, enrol, complete lessons, progress derived")
class AcademyCoursesE2EIT {

    private static final String VERSION = """
            {"modules": [
               {"title": "Anatomy", "lessons": [
                  {"title": "Facial muscles", "kind": "VIDEO", "url": "https://video.example/muscles"},
                  {"title": "Danger zones", "kind": "READING", "text": "Mind the supratrochlear artery."},
                  {"title": "Extra reading", "kind": "READING", "text": "Optional.", "required": false}]},
               {"title": "Practice", "lessons": [
                  {"title": "Live demonstration", "kind": "LIVE", "startsAt": "2026-01-10T10:00:00Z",
                   "durationMinutes": 90, "place": "Training room"}]}],
             "cpd": {"hours": 6.5, "participatoryHours": 1.5, "accreditingBody": "The CPD Certification Service",
                     "accreditationNumber": "CPD-0001", "level": "FOUNDATION", "targetProfessions": ["DOCTOR", "NURSE"]},
             "certificateValidityMonths": 24}""";

    /** A trainee of the demo academy: their id and their token. */
    private record Trainee(String id, String token) {
    }

    private static Trainee newTrainee(Api staff) {
        String email = "trainee-" + UUID.randomUUID() + "@demo-clinic.test";
        Api.Response invited = staff.post("/api/academy/trainees", """
                {"email": "%s", "displayName": "Dr Sam Lee"}""".formatted(email));
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        NewStaff.setPassword(Outbox.invitationToken(email), "a trainee's passphrase");
        return new Trainee(invited.string("userId"), Sessions.token(Sessions.DEMO, email, "a trainee's passphrase"));
    }

    private static String publishedCourse(Api staff, boolean selfEnrolment) {
        Api.Response created = staff.post("/api/academy/courses", """
                {"title": "Foundation botulinum toxin %s", "selfEnrolment": %s}"""
                .formatted(UUID.randomUUID(), selfEnrolment));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String course = created.string("id");
        Api.Response published = staff.post("/api/academy/courses/" + course + "/versions", VERSION);
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        assertThat(published.json().getInt("number")).isEqualTo(1);
        return course;
    }

    @Test
    @DisplayName("enrol → complete video and reading → staff record the live session → completed at 100 %")
    void journey() {
        Api instructor = Api.withToken(Sessions.newDemoStaff(Set.of("INSTRUCTOR")));
        String course = publishedCourse(instructor, false);
        Trainee trainee = newTrainee(instructor);
        Api learner = Api.withToken(trainee.token());

        Api.Response enrolled = instructor.post("/api/academy/courses/" + course + "/enrolments", """
                {"learnerId": "%s"}""".formatted(trainee.id()));
        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
        String enrolment = enrolled.string("id");
        assertThat(enrolled.json().getJsonObject("progress").getInt("percent")).isZero();

        JsonObject content = learner.get("/api/academy/me/courses/" + course + "/content").json();
        JsonArray modules = content.getJsonObject("version").getJsonArray("modules");
        String video = modules.getJsonObject(0).getJsonArray("lessons").getJsonObject(0).getString("id");
        String reading = modules.getJsonObject(0).getJsonArray("lessons").getJsonObject(1).getString("id");
        String live = modules.getJsonObject(1).getJsonArray("lessons").getJsonObject(0).getString("id");

        assertThat(learner.post(lesson(course, video), null).status()).isEqualTo(204);
        assertThat(learner.post(lesson(course, video), null).status()).as("again").isEqualTo(204);
        assertThat(learner.post(lesson(course, reading), null).status()).isEqualTo(204);
        Api.Response staffOnly = learner.post(lesson(course, live), null);
        assertThat(staffOnly.status()).as(staffOnly.toString()).isEqualTo(409);
        assertThat(staffOnly.contentType()).startsWith("application/problem+json");
        assertThat(staffOnly.string("reason")).isEqualTo("STAFF_RECORDS_IT");

        JsonObject midway = learner.get("/api/academy/me/courses/" + course).json();
        assertThat(midway.getJsonObject("progress").getInt("percent")).isEqualTo(66);
        assertThat(midway.getString("status")).isEqualTo("ACTIVE");

        Api.Response recorded = instructor.post("/api/academy/enrolments/" + enrolment + "/lessons/" + live
                + "/completion", null);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(204);

        JsonObject done = learner.get("/api/academy/me/courses").json().getJsonArray("items").getJsonObject(0);
        assertThat(done.getString("status")).isEqualTo("COMPLETED");
        assertThat(done.getInt("completedVersion")).isEqualTo(1);
        assertThat(done.getJsonObject("progress").getInt("percent")).isEqualTo(100);
        assertThat(instructor.get("/api/academy/courses/" + course + "/enrolments").body()).contains("COMPLETED");

        // the certificate: issued once on completion, checked by anyone, revoked by staff, never deleted
        JsonArray mine = learner.get("/api/academy/me/certificates").json().getJsonArray("items");
        assertThat(mine).hasSize(1);
        JsonObject certificate = mine.getJsonObject(0);
        assertThat(certificate.getString("status")).isEqualTo("VALID");
        assertThat(certificate.getString("learnerName")).isEqualTo("Dr Sam Lee");
        String code = certificate.getString("code");
        assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        Api anyone = Api.anonymous();
        Api.Response checked = anyone.get("/api/public/demo-clinic/certificates/" + code.toLowerCase());
        assertThat(checked.status()).as(checked.toString()).isEqualTo(200);
        assertThat(checked.string("status")).isEqualTo("VALID");
        assertThat(checked.json().getJsonNumber("cpdHours").doubleValue()).isEqualTo(6.5);
        Api.Response page = anyone.get("/api/public/demo-clinic/certificates/" + code + "/page");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains(code, "Dr Sam Lee", "VALID");
        assertThat(anyone.get("/api/public/northside-aesthetics/certificates/" + code).status()).isEqualTo(404);
        assertThat(anyone.get("/api/public/demo-clinic/certificates/0000-0000-0000").status()).isEqualTo(404);

        // Open Badges 3.0: the credential verifies with the published key alone and says what the check says
        OpenBadgesVerifier verifier = new OpenBadgesVerifier("demo-clinic");
        Api.Response credential = anyone.get("/api/public/demo-clinic/certificates/" + code + "/credential");
        assertThat(credential.status()).as(credential.toString()).isEqualTo(200);
        assertThat(credential.contentType()).startsWith("application/vc+jwt");
        JsonObject claims = verifier.verifiedPayload(credential.body());
        // signed by the clinic's own key (made on its first need): not another clinic's, not the server's token key
        verifier.assertSignedByTheClinicAlone(credential.body(), "northside-aesthetics");
        JsonObject vc = claims.getJsonObject("vc");
        assertThat(vc.getJsonArray("type").toString()).contains("\"VerifiableCredential\"", "\"OpenBadgeCredential\"");
        String issuer = vc.getJsonObject("issuer").getString("id");
        assertThat(claims.getString("iss")).isEqualTo(issuer).endsWith("/api/public/demo-clinic/academy");
        assertThat(vc.getJsonObject("issuer").getString("name")).isEqualTo(checked.string("issuer"));
        JsonObject subject = vc.getJsonObject("credentialSubject");
        assertThat(subject.getJsonArray("identifier").getJsonObject(0).getString("identityHash"))
                .isEqualTo("Dr Sam Lee");
        assertThat(subject.getJsonObject("achievement").getString("name")).isEqualTo(checked.string("courseTitle"));
        assertThat(subject.getJsonObject("achievement").getJsonArray("type").getString(0)).isEqualTo("Achievement");
        Instant issuedAt = Instant.parse(checked.string("issuedAt"));
        assertThat(Instant.parse(vc.getString("validFrom"))).isEqualTo(issuedAt);
        assertThat(claims.getJsonNumber("nbf").longValue()).isEqualTo(issuedAt.getEpochSecond())
                .isLessThanOrEqualTo(Instant.now().getEpochSecond());
        JsonObject revocationEntry = vc.getJsonArray("credentialStatus").stream().map(v -> v.asJsonObject())
                .filter(e -> e.getString("statusPurpose").equals("revocation")).findFirst().orElseThrow();
        JsonObject suspensionEntry = vc.getJsonArray("credentialStatus").stream().map(v -> v.asJsonObject())
                .filter(e -> e.getString("statusPurpose").equals("suspension")).findFirst().orElseThrow();
        Api.Response revocationList = anyone.get(URI.create(revocationEntry.getString("statusListCredential"))
                .getPath());
        verifier.assertSignedByTheClinicAlone(revocationList.body(), "northside-aesthetics");
        assertThat(verifier.statusBit(revocationEntry, issuer)).as("revoked before revocation").isFalse();
        assertThat(verifier.statusBit(suspensionEntry, issuer)).isFalse();
        assertThat(anyone.get("/api/public/demo-clinic/certificates/0000-0000-0000/credential").status())
                .isEqualTo(404);
        assertThat(anyone.get("/api/public/demo-clinic/certificates/" + code + "/status/expiry").status())
                .isEqualTo(400);

        Api owner = Api.withToken(Sessions.demoOwner());
        Api.Response revoked = owner.post("/api/academy/certificates/" + certificate.getString("id") + "/revocation",
                "{\"reason\": \"Issued in error\"}");
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
        assertThat(verifier.statusBit(revocationEntry, issuer)).as("the revocation bit flips").isTrue();
        assertThat(verifier.statusBit(suspensionEntry, issuer)).isFalse();
        JsonObject after = anyone.get("/api/public/demo-clinic/certificates/" + code).json();
        assertThat(after.getString("status")).isEqualTo("REVOKED");
        assertThat(after.getString("statusReason")).isEqualTo("Issued in error");
        Api.Response again = owner.post("/api/academy/certificates/" + certificate.getString("id") + "/revocation",
                "{\"reason\": \"again\"}");
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.string("reason")).isEqualTo("ALREADY_REVOKED");
        Api.Response byTrainee = learner.post("/api/academy/certificates/" + certificate.getString("id")
                + "/revocation", "{\"reason\": \"mine\"}");
        assertThat(byTrainee.status()).isEqualTo(403);
    }

    @Test
    @DisplayName("self-enrolment where the course allows it; refused with a reason where it does not")
    void selfEnrolment() {
        Api owner = Api.withToken(Sessions.demoOwner());
        Trainee trainee = newTrainee(owner);
        Api learner = Api.withToken(trainee.token());
        String closed = publishedCourse(owner, false);
        String open = publishedCourse(owner, true);

        Api.Response refused = learner.post("/api/academy/me/courses/" + closed + "/enrolment", null);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.string("reason")).isEqualTo("SELF_ENROLMENT_CLOSED");
        assertThat(learner.post("/api/academy/me/courses/" + open + "/enrolment", null).status()).isEqualTo(201);
        assertThat(learner.post("/api/academy/me/courses/" + open + "/enrolment", null).status()).isEqualTo(409);
        assertThat(learner.get("/api/academy/me/courses/" + closed).status()).isEqualTo(404);
    }

    @Test
    @DisplayName("bad course content is a 400 problem naming the field; another clinic cannot see the course")
    void badInputAndIsolation() {
        Api owner = Api.withToken(Sessions.demoOwner());
        String course = publishedCourse(owner, false);
        String[][] bad = {
                {"{\"cpd\": {}}", "modules"},
                {VERSION.replace("https://video.example/muscles", "http://video.example/muscles"), "url"},
                {VERSION.replace("\"kind\": \"READING\", \"text\": \"Optional.\"", "\"kind\": \"QUIZ\""), "kind"},
                {VERSION.replace("\"FOUNDATION\"", "\"EXPERT\""), "level"},
                {VERSION.replace("6.5", "-1"), "hours"}};
        for (String[] body : bad) {
            Api.Response refused = owner.post("/api/academy/courses/" + course + "/versions", body[0]);
            assertThat(refused.status()).as(body[1] + ": " + refused).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        Api.Response notTrainee = owner.post("/api/academy/courses/" + course + "/enrolments", """
                {"learnerId": "%s"}""".formatted(UUID.randomUUID()));
        assertThat(notTrainee.status()).as(notTrainee.toString()).isEqualTo(400);
        assertThat(Api.withToken(Sessions.otherOwner()).get("/api/academy/courses/" + course).status())
                .isEqualTo(404);
        assertThat(owner.get("/api/academy/courses/not-a-uuid").status()).isIn(400, 404);
    }

    private static String lesson(String course, String lesson) {
        return "/api/academy/me/courses/" + course + "/lessons/" + lesson + "/completion";
    }
}
