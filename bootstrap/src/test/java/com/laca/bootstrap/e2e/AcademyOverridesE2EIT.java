package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Per-learner overrides on the running server: an exam that has closed and allows one attempt opens again for one
 * learner whose instructor extended their close and gave them extra time and a second attempt; the server fixes the
 * extended deadline, and the limit still holds after the extra attempt.
 */
@ExtendWith(RunningServer.class)
@DisplayName("Academy overrides: a later close, extra time and an extra attempt for one learner")
class AcademyOverridesE2EIT {

    @Test
    @DisplayName("closed → override (close + 3 h, + 15 min, + 1 attempt) → two attempts with the longer deadline → limit")
    void overrideReopensForOneLearner() {
        Api instructor = Api.withToken(Sessions.newDemoStaff(Set.of("INSTRUCTOR")));
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String course = instructor.post("/api/academy/courses", """
                {"title": "Overrides %s"}""".formatted(UUID.randomUUID())).string("id");
        String bank = instructor.post("/api/academy/question-banks", """
                {"title": "Overrides %s"}""".formatted(UUID.randomUUID())).string("id");
        String question = instructor.post("/api/academy/question-banks/" + bank + "/questions", """
                {"type": "TRUE_FALSE", "stem": "Toxin is reconstituted with saline.", "maxMarks": "1",
                 "answer": true}""").string("id");
        Api.Response created = instructor.post("/api/academy/assessments", """
                {"courseId": "%s", "title": "Closed exam", "kind": "SUMMATIVE", "passMark": "60",
                 "gradingMethod": "HIGHEST", "attemptLimit": 1, "timeLimitMinutes": 30,
                 "opensAt": "%s", "closesAt": "%s", "slots": [{"questionId": "%s"}]}"""
                .formatted(course, now.minus(Duration.ofDays(2)), now.minus(Duration.ofHours(1)), question));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String assessment = created.string("id");
        assertThat(instructor.post("/api/academy/courses/" + course + "/versions", """
                {"modules": [{"title": "Theory", "lessons": [{"title": "Read", "kind": "READING", "text": "Read."}]}],
                 "cpd": {"hours": 1, "accreditingBody": "Body", "accreditationNumber": "N-1", "level": "FOUNDATION",
                         "targetProfessions": ["NURSE"]}}""").status()).isEqualTo(201);
        String traineeToken = Sessions.newDemoTrainee();
        Api learner = Api.withToken(traineeToken);
        String traineeId = learner.get("/api/academy/me").string("id");
        assertThat(instructor.post("/api/academy/courses/" + course + "/enrolments",
                "{\"learnerId\": \"" + traineeId + "\"}").status()).isEqualTo(201);
        String start = "/api/academy/me/assessments/" + assessment + "/attempts";

        Api.Response closed = learner.post(start, null);
        assertThat(closed.status()).as(closed.toString()).isEqualTo(409);
        assertThat(closed.string("reason")).isEqualTo("CLOSED");

        String override = "/api/academy/assessments/" + assessment + "/overrides/" + traineeId;
        String body = """
                {"extraMinutes": 15, "extraAttempts": 1, "closeExtensionMinutes": 180,
                 "reason": "Extended deadline after illness"}""";
        assertThat(learner.put(override, body, Map.of()).status()).as("a trainee").isEqualTo(403);
        assertThat(instructor.put(override, "{\"extraMinutes\": 15, \"reason\": \"partial\"}", Map.of()).status())
                .as("every part stated").isEqualTo(400);
        Api.Response granted = instructor.put(override, body, Map.of());
        assertThat(granted.status()).as(granted.toString()).isEqualTo(200);
        assertThat(granted.json().getInt("extraAttempts")).isEqualTo(1);

        Api.Response first = learner.post(start, null);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        Instant deadline = Instant.parse(first.string("deadline"));
        assertThat(deadline).as("start + 30 + 15 minutes, before the learner's close")
                .isBetween(now.plus(Duration.ofMinutes(44)), Instant.now().plus(Duration.ofMinutes(46)));
        assertThat(finish(learner, first.string("id")).status()).isEqualTo(200);
        Api.Response second = learner.post(start, null);
        assertThat(second.status()).as("the extra attempt: " + second).isEqualTo(201);
        assertThat(finish(learner, second.string("id")).status()).isEqualTo(200);
        Api.Response third = learner.post(start, null);
        assertThat(third.status()).isEqualTo(409);
        assertThat(third.string("reason")).isEqualTo("ATTEMPT_LIMIT_REACHED");

        JsonArray overrides = instructor.get("/api/academy/assessments/" + assessment + "/overrides").json()
                .getJsonArray("items");
        assertThat(overrides).hasSize(1);
        assertThat(overrides.getJsonObject(0).getString("reason")).isEqualTo("Extended deadline after illness");
    }

    private static Api.Response finish(Api learner, String attempt) {
        return learner.post("/api/academy/me/assessments/attempts/" + attempt + "/finish", null);
    }
}
