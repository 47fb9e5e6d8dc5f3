package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Practical competency on the running server: a trainee logs cases with the checklists ticked, a supervisor signs
 * them off only once an administrator verified their registration, an examiner records OSCE sittings, and the last
 * of these completes the course and issues the certificate; every step is permission-checked, and ten sign-offs of
 * one case (or ten recordings of one sitting) at once decide it once (run it with LACA_TEST_DB_URL for PostgreSQL).
 */
@ExtendWith(RunningServer.class)
@DisplayName("Academy practice: case log, supervisor sign-off, OSCE stations, completion")
class AcademyPracticeE2EIT {

    private static final String VERSION = """
            {"modules": [{"title": "Theory", "lessons": [
                {"title": "Danger zones", "kind": "READING", "text": "Mind the supratrochlear artery."}]}],
             "cpd": {"hours": 8, "participatoryHours": 4, "accreditingBody": "The CPD Certification Service",
                     "accreditationNumber": "CPD-0002", "level": "FOUNDATION", "targetProfessions": ["NURSE"]},
             "practical": {"minimums": {"OBSERVED": 1, "PERFORMED_UNDER_SUPERVISION": 1},
                           "consent": [{"key": "written-consent", "label": "Written consent signed"}],
                           "consultation": [{"key": "history", "label": "Medical history taken"}]},
             "stations": [{"name": "Consultation and consent", "maxAttempts": 2}]}""";

    @Test
    @DisplayName("log → refused without consent → verified supervisor signs off → OSCE fail, pass → completed, certified")
    void journey() {
        String instructorToken = Sessions.newDemoStaff(Set.of("INSTRUCTOR"));
        Api instructor = Api.withToken(instructorToken);
        String instructorId = subject(instructorToken);
        Api owner = Api.withToken(Sessions.demoOwner());
        String course = publishedCourse(instructor);
        JsonObject version = instructor.get("/api/academy/courses/" + course).json().getJsonObject("version");
        assertThat(version.getJsonObject("practical").getJsonObject("minimums").getInt("OBSERVED")).isEqualTo(1);
        String station = version.getJsonArray("stations").getJsonObject(0).getString("id");
        String lesson = version.getJsonArray("modules").getJsonObject(0).getJsonArray("lessons").getJsonObject(0)
                .getString("id");
        String traineeToken = Sessions.newDemoTrainee();
        String traineeId = subject(traineeToken);
        Api learner = Api.withToken(traineeToken);
        assertThat(instructor.post("/api/academy/courses/" + course + "/enrolments",
                "{\"learnerId\": \"" + traineeId + "\"}").status()).isEqualTo(201);

        // the trainee's log: every checklist item ticked, a pseudonymous patient, a retry is the same case
        Api.Response unticked = learner.post(cases(course), caseBody("OBSERVED", "TOX-0042", "[]"));
        assertThat(unticked.status()).as(unticked.toString()).isEqualTo(409);
        assertThat(unticked.contentType()).startsWith("application/problem+json");
        assertThat(unticked.string("reason")).isEqualTo("CHECKLIST_INCOMPLETE");
        assertThat(unticked.string("detail")).contains("Written consent signed");
        Api.Response named = learner.post(cases(course), caseBody("OBSERVED", "Jane Smith", "[\"written-consent\"]"));
        assertThat(named.status()).as(named.toString()).isEqualTo(400);
        String observedBody = caseBody("OBSERVED", "TOX-0042", "[\"written-consent\"]");
        Api.Response observed = learner.post(cases(course), observedBody);
        assertThat(observed.status()).as(observed.toString()).isEqualTo(201);
        assertThat(observed.string("status")).isEqualTo("AWAITING_SIGN_OFF");
        assertThat(learner.post(cases(course), observedBody).string("id")).as("retried")
                .isEqualTo(observed.string("id"));
        Api.Response supervised = learner.post(cases(course),
                caseBody("PERFORMED_UNDER_SUPERVISION", "TOX-0043", "[\"written-consent\"]"));
        assertThat(supervised.status()).as(supervised.toString()).isEqualTo(201);
        assertThat(instructor.post(cases(course), observedBody).status()).as("staff cannot log").isEqualTo(403);

        // sign-off needs the supervisor's registration, verified by an administrator
        String signOff = "/api/academy/practice/cases/" + observed.string("id") + "/sign-off";
        Api.Response unregistered = instructor.post(signOff, "{\"decision\": \"CONFIRMED\"}");
        assertThat(unregistered.status()).as(unregistered.toString()).isEqualTo(409);
        assertThat(unregistered.string("reason")).isEqualTo("REGISTRATION_NOT_VERIFIED");
        assertThat(learner.post(signOff, "{\"decision\": \"CONFIRMED\"}").status()).isEqualTo(403);
        String registration = "/api/academy/registrations/" + instructorId + "/GMC";
        Api.Response claimed = instructor.put(registration, "{\"number\": \"1234567\"}", Map.of());
        assertThat(claimed.status()).as(claimed.toString()).isEqualTo(200);
        assertThat(claimed.json().getBoolean("verified")).isFalse();
        assertThat(instructor.put(registration, "{\"number\": \"123\"}", Map.of()).status()).as("GMC shape")
                .isEqualTo(400);
        assertThat(instructor.post(signOff, "{\"decision\": \"CONFIRMED\"}").string("reason"))
                .isEqualTo("REGISTRATION_NOT_VERIFIED");
        assertThat(instructor.post(registration + "/verification", null).status()).as("not an administrator")
                .isEqualTo(403);
        Api.Response verified = owner.post(registration + "/verification", null);
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        assertThat(verified.json().getBoolean("verified")).isTrue();

        Api.Response confirmed = instructor.post(signOff, "{\"decision\": \"CONFIRMED\", \"comment\": \"Good\"}");
        assertThat(confirmed.status()).as(confirmed.toString()).isEqualTo(200);
        assertThat(confirmed.string("status")).isEqualTo("SIGNED_OFF");
        assertThat(confirmed.json().getJsonObject("signOff").getString("registration")).isEqualTo("GMC 1234567");
        Api.Response twice = instructor.post(signOff, "{\"decision\": \"DECLINED\", \"comment\": \"No\"}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.string("reason")).isEqualTo("ALREADY_DECIDED");
        JsonArray queue = instructor.get("/api/academy/practice/cases?courseId=" + course
                + "&status=AWAITING_SIGN_OFF").json().getJsonArray("items");
        assertThat(queue).hasSize(1);
        // ten sign-offs of one case at once (the case's row lock): one decides, the others read it decided
        List<Integer> statuses = atOnce(10, () -> instructor.post("/api/academy/practice/cases/"
                + supervised.string("id") + "/sign-off", "{\"decision\": \"CONFIRMED\"}").status());
        assertThat(statuses).as(statuses.toString()).containsOnlyOnce(200).containsOnly(200, 409);
        assertThat(learner.post("/api/academy/me/courses/" + course + "/lessons/" + lesson + "/completion", null)
                .status()).isEqualTo(204);
        assertThat(learner.get("/api/academy/me/courses/" + course).string("status")).as("the OSCE is missing")
                .isEqualTo("ACTIVE");

        // OSCE sittings: numbered, a retry is harmless, another verdict for a recorded sitting is a conflict
        String sittings = "/api/academy/practice/courses/" + course + "/stations/" + station + "/sittings";
        String failFirst = sitting(traineeId, 1, false);
        List<Integer> recorded = atOnce(10, () -> instructor.post(sittings, failFirst).status());
        assertThat(recorded).as("the same sitting sent ten times at once: " + recorded).containsOnly(201);
        Api.Response failed = instructor.post(sittings, failFirst);
        assertThat(failed.string("status")).isEqualTo("RESIT_ALLOWED");
        assertThat(failed.json().getJsonArray("sittings")).as("recorded once").hasSize(1);
        assertThat(instructor.post(sittings, sitting(traineeId, 1, true)).status()).isEqualTo(409);
        assertThat(learner.post(sittings, sitting(traineeId, 2, true)).status()).isEqualTo(403);
        Api.Response passed = instructor.post(sittings, sitting(traineeId, 2, true));
        assertThat(passed.status()).as(passed.toString()).isEqualTo(201);
        assertThat(passed.string("status")).isEqualTo("PASSED");
        Api.Response afterPass = instructor.post(sittings, sitting(traineeId, 3, true));
        assertThat(afterPass.status()).isEqualTo(409);
        assertThat(afterPass.string("reason")).isEqualTo("ALREADY_PASSED");

        // the last requirement completed the course and issued the certificate
        assertThat(learner.get("/api/academy/me/courses/" + course).string("status")).isEqualTo("COMPLETED");
        JsonArray certificates = learner.get("/api/academy/me/certificates").json().getJsonArray("items");
        assertThat(certificates).hasSize(1);
        assertThat(certificates.getJsonObject(0).getString("status")).isEqualTo("VALID");
        JsonObject mine = learner.get("/api/academy/me/practice/" + course).json();
        assertThat(mine.getBoolean("minimumsMet")).isTrue();
        assertThat(mine.getJsonArray("cases")).hasSize(2);
        assertThat(mine.getJsonArray("stations").getJsonObject(0).getString("status")).isEqualTo("PASSED");
        JsonObject seenByStaff = instructor.get("/api/academy/practice/courses/" + course + "/trainees/" + traineeId)
                .json();
        assertThat(seenByStaff.getJsonArray("minimums").getJsonObject(0).getInt("signedOff")).isEqualTo(1);
        assertThat(Api.withToken(Sessions.otherOwner()).get("/api/academy/practice/courses/" + course
                + "/trainees/" + traineeId).status()).as("another clinic").isEqualTo(404);
    }

    /** Runs the same request from {@code count} threads at once and answers their statuses. */
    private static List<Integer> atOnce(int count, Callable<Integer> request) {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                futures.add(pool.submit(request));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> future : futures) {
                statuses.add(future.get());
            }
            return statuses;
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        } finally {
            pool.shutdown();
        }
    }

    private static String publishedCourse(Api staff) {
        Api.Response created = staff.post("/api/academy/courses", """
                {"title": "Toxin practice %s"}""".formatted(UUID.randomUUID()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Api.Response published = staff.post("/api/academy/courses/" + created.string("id") + "/versions", VERSION);
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        return created.string("id");
    }

    private static String cases(String course) {
        return "/api/academy/me/practice/" + course + "/cases";
    }

    private static String caseBody(String modality, String patient, String consent) {
        return """
                {"modality": "%s", "procedure": "Glabella, 20 units", "performedAt": "%s",
                 "patientReference": "%s", "consentTicked": %s, "consultationTicked": ["history"]}"""
                .formatted(modality, Instant.now().minus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS),
                        patient, consent);
    }

    private static String sitting(String trainee, int number, boolean passed) {
        return """
                {"traineeId": "%s", "sitting": %d, "passed": %s, "comment": "Examined"}"""
                .formatted(trainee, number, passed);
    }

    /** The account id: the access token's subject. */
    private static String subject(String token) {
        String payload = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        return Json.createReader(new StringReader(payload)).readObject().getString("sub");
    }
}
