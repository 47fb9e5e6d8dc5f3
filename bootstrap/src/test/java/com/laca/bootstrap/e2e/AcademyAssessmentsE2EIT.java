package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Assessments on the running server: an instructor builds a bank and a summative exam that a course version
 * requires; a trainee completes the lesson, takes the exam (stale pages refused, finishing twice grades once), passes
 * and is certified; a regrade's dry run, then its application, takes the pass away, reopens the course and suspends
 * the certificate, which the public check then says. Twenty finishes of one attempt at once give one grade and one
 * certificate (run it with LACA_TEST_DB_URL set for PostgreSQL).
 */
@ExtendWith(RunningServer.class)
@DisplayName("Academy assessments: exam, pass, certificate, regrade, concurrent finishes")
class AcademyAssessmentsE2EIT {

    /** What one course with its exam is made of. */
    private record Exam(String course, String assessment, String lesson, String dose, String safe, String units) {
    }

    private static Exam exam(Api staff) {
        Api.Response course = staff.post("/api/academy/courses", """
                {"title": "Foundation botulinum toxin %s"}""".formatted(UUID.randomUUID()));
        assertThat(course.status()).as(course.toString()).isEqualTo(201);
        Api.Response bank = staff.post("/api/academy/question-banks", """
                {"title": "Toxin %s"}""".formatted(UUID.randomUUID()));
        assertThat(bank.status()).as(bank.toString()).isEqualTo(201);
        String questions = "/api/academy/question-banks/" + bank.string("id") + "/questions";
        Api.Response dose = staff.post(questions, """
                {"type": "SINGLE_CHOICE", "stem": "Which muscle is the main target for glabellar lines?",
                 "maxMarks": "1", "choices": [
                   {"key": "a", "text": "Corrugator supercilii", "credit": "1", "feedback": "Right."},
                   {"key": "b", "text": "Masseter", "credit": "-0.25"}]}""");
        assertThat(dose.status()).as(dose.toString()).isEqualTo(201);
        Api.Response safe = staff.post(questions, """
                {"type": "TRUE_FALSE", "stem": "Hyaluronidase dissolves toxin.", "maxMarks": "1", "answer": false}""");
        Api.Response units = staff.post(questions, """
                {"type": "NUMERIC", "stem": "Units in 0.1 ml of 100 U reconstituted in 2.5 ml?", "maxMarks": "1",
                 "expected": "4", "tolerance": "0.1", "unitRule": "REQUIRED", "units": [{"symbol": "U"}]}""");
        assertThat(units.status()).as(units.toString()).isEqualTo(201);
        Api.Response assessment = staff.post("/api/academy/assessments", """
                {"courseId": "%s", "title": "Final exam", "kind": "SUMMATIVE", "passMark": "60",
                 "gradingMethod": "HIGHEST", "attemptLimit": 3, "timeLimitMinutes": 30,
                 "bands": [{"fromPercent": "0", "feedback": "Revise module 2"}, {"fromPercent": "60", "feedback": "Pass"}],
                 "slots": [{"questionId": "%s"}, {"questionId": "%s"}, {"questionId": "%s"}]}"""
                .formatted(course.string("id"), dose.string("id"), safe.string("id"), units.string("id")));
        assertThat(assessment.status()).as(assessment.toString()).isEqualTo(201);
        Api.Response version = staff.post("/api/academy/courses/" + course.string("id") + "/versions", """
                {"modules": [{"title": "Anatomy", "lessons": [
                   {"title": "Danger zones", "kind": "READING", "text": "Mind the supratrochlear artery."}]}],
                 "cpd": {"hours": 6, "accreditingBody": "The CPD Certification Service", "accreditationNumber": "CPD-1",
                         "level": "FOUNDATION", "targetProfessions": ["DOCTOR"]},
                 "theoryAssessmentId": "%s"}""".formatted(assessment.string("id")));
        assertThat(version.status()).as(version.toString()).isEqualTo(201);
        String lesson = version.json().getJsonArray("modules").getJsonObject(0).getJsonArray("lessons")
                .getJsonObject(0).getString("id");
        return new Exam(course.string("id"), assessment.string("id"), lesson, dose.string("id"), safe.string("id"),
                units.string("id"));
    }

    private static Api enrolledTrainee(Api staff, Exam exam) {
        String email = "trainee-" + UUID.randomUUID() + "@demo-clinic.test";
        Api.Response invited = staff.post("/api/academy/trainees", """
                {"email": "%s", "displayName": "Dr Exam Taker"}""".formatted(email));
        assertThat(invited.status()).as(invited.toString()).isEqualTo(201);
        NewStaff.setPassword(Outbox.invitationToken(email), "a trainee's passphrase");
        Api.Response enrolled = staff.post("/api/academy/courses/" + exam.course() + "/enrolments", """
                {"learnerId": "%s"}""".formatted(invited.string("userId")));
        assertThat(enrolled.status()).as(enrolled.toString()).isEqualTo(201);
        return Api.withToken(Sessions.token(Sessions.DEMO, email, "a trainee's passphrase"));
    }

    private static Api.Response answer(Api learner, String attempt, String question, int sequence, String answer) {
        return learner.put("/api/academy/me/assessments/attempts/" + attempt + "/answers/" + question,
                "{\"sequence\": " + sequence + ", " + answer + "}", Map.of());
    }

    /** Starts an attempt and answers all three questions right; answers the attempt id. */
    private static String passingAttempt(Api learner, Exam exam) {
        Api.Response started = learner.post("/api/academy/me/assessments/" + exam.assessment() + "/attempts", null);
        assertThat(started.status()).as(started.toString()).isEqualTo(201);
        JsonObject paper = started.json();
        assertThat(paper.getInt("sequence")).isZero();
        assertThat(paper.getString("deadline")).isNotBlank();
        assertThat(paper.toString()).doesNotContain("credit", "Right.", "\"answer\"");
        String attempt = paper.getString("id");
        assertThat(answer(learner, attempt, exam.dose(), 0, "\"option\": \"a\"").status()).isEqualTo(200);
        assertThat(answer(learner, attempt, exam.safe(), 1, "\"trueOrFalse\": false").status()).isEqualTo(200);
        Api.Response last = answer(learner, attempt, exam.units(), 2, "\"number\": \"4 U\"");
        assertThat(last.status()).as(last.toString()).isEqualTo(200);
        assertThat(last.json().getInt("sequence")).isEqualTo(3);
        return attempt;
    }

    @Test
    @DisplayName("lesson → exam passed → certificate valid → regrade dry run and apply → learner fails, course "
            + "reopened, certificate suspended and the public check says so")
    void examPassCertificateRegrade() {
        Api instructor = Api.withToken(Sessions.newDemoStaff(Set.of("INSTRUCTOR")));
        Exam exam = exam(instructor);
        Api learner = enrolledTrainee(instructor, exam);
        assertThat(learner.post("/api/academy/me/courses/" + exam.course() + "/lessons/" + exam.lesson()
                + "/completion", null).status()).isEqualTo(204);
        assertThat(learner.get("/api/academy/me/courses/" + exam.course()).string("status")).isEqualTo("ACTIVE");

        String attempt = passingAttempt(learner, exam);
        Api.Response stale = answer(learner, attempt, exam.dose(), 0, "\"option\": \"b\"");
        assertThat(stale.status()).as(stale.toString()).isEqualTo(409);
        assertThat(stale.string("reason")).isEqualTo("STALE_SEQUENCE");
        Api.Response malformed = answer(learner, attempt, exam.dose(), 3, "\"option\": \"z\"");
        assertThat(malformed.status()).isEqualTo(409);
        assertThat(malformed.string("reason")).isEqualTo("MALFORMED_RESPONSE");

        Api.Response finished = learner.post("/api/academy/me/assessments/attempts/" + attempt + "/finish", null);
        assertThat(finished.status()).as(finished.toString()).isEqualTo(200);
        Api.Response again = learner.post("/api/academy/me/assessments/attempts/" + attempt + "/finish", null);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.string("finishedAt")).isEqualTo(finished.string("finishedAt"));
        JsonObject review = learner.get("/api/academy/me/assessments/attempts/" + attempt + "/review").json();
        assertThat(review.getBoolean("passed")).isTrue();
        assertThat(review.getString("score")).isEqualTo("100.00");
        assertThat(review.getString("feedback")).isEqualTo("Pass");
        assertThat(review.toString()).doesNotContain("answerKey", "Right.");

        assertThat(learner.get("/api/academy/me/courses/" + exam.course()).string("status")).isEqualTo("COMPLETED");
        JsonArray certificates = learner.get("/api/academy/me/certificates").json().getJsonArray("items");
        assertThat(certificates).hasSize(1);
        String code = certificates.getJsonObject(0).getString("code");
        Api anyone = Api.anonymous();
        assertThat(anyone.get("/api/public/demo-clinic/certificates/" + code).string("status")).isEqualTo("VALID");

        // the key was wrong: correct it as version 2 of the question, regrade dry run, then apply
        Api.Response corrected = instructor.post("/api/academy/question-banks/" + bankOf(instructor, exam)
                + "/questions/" + exam.dose() + "/versions", """
                {"type": "SINGLE_CHOICE", "stem": "Which muscle is the main target for glabellar lines?",
                 "maxMarks": "1", "choices": [
                   {"key": "a", "text": "Corrugator supercilii", "credit": "-1"},
                   {"key": "b", "text": "Masseter", "credit": "1"}]}""");
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(201);
        assertThat(corrected.json().getInt("version")).isEqualTo(2);
        String regrade = """
                {"correctedQuestionIds": ["%s"], "passMark": "70", "reason": "answer key corrected"%s}""";
        Api.Response dryRun = instructor.post("/api/academy/assessments/" + exam.assessment() + "/regrade/dry-run",
                regrade.formatted(exam.dose(), ""));
        assertThat(dryRun.status()).as(dryRun.toString()).isEqualTo(200);
        assertThat(dryRun.json().getBoolean("applied")).isFalse();
        assertThat(dryRun.json().getJsonArray("learnerChanges")).hasSize(1);
        assertThat(dryRun.json().getJsonArray("learnerChanges").getJsonObject(0).getBoolean("losesPass")).isTrue();
        assertThat(anyone.get("/api/public/demo-clinic/certificates/" + code).string("status")).isEqualTo("VALID");

        Api owner = Api.withToken(Sessions.demoOwner());
        Api.Response wrongPlan = owner.post("/api/academy/assessments/" + exam.assessment() + "/regrade",
                regrade.formatted(exam.dose(), ", \"fingerprint\": \"0000\""));
        assertThat(wrongPlan.status()).as(wrongPlan.toString()).isEqualTo(409);
        Api.Response applied = owner.post("/api/academy/assessments/" + exam.assessment() + "/regrade",
                regrade.formatted(exam.dose(), ", \"fingerprint\": \"" + dryRun.string("fingerprint") + "\""));
        assertThat(applied.status()).as(applied.toString()).isEqualTo(200);
        assertThat(applied.json().getBoolean("applied")).isTrue();

        assertThat(learner.get("/api/academy/me/courses/" + exam.course()).string("status")).isEqualTo("ACTIVE");
        JsonObject check = anyone.get("/api/public/demo-clinic/certificates/" + code).json();
        assertThat(check.getString("status")).isEqualTo("SUSPENDED");
        assertThat(check.toString()).contains("Regrade: answer key corrected");
        assertThat(learner.get("/api/academy/me/assessments/attempts/" + attempt + "/review").json()
                .getBoolean("passed")).isFalse();
        JsonArray audits = instructor.get("/api/academy/assessments/" + exam.assessment() + "/regrades").json()
                .getJsonArray("items");
        assertThat(audits).hasSize(1);
        assertThat(audits.getJsonObject(0).getString("reason")).isEqualTo("answer key corrected");
        assertThat(learner.get("/api/academy/assessments/" + exam.assessment() + "/regrades").status())
                .isEqualTo(403);
    }

    private static String bankOf(Api staff, Exam exam) {
        for (var bank : staff.get("/api/academy/question-banks").json().getJsonArray("items")) {
            String id = bank.asJsonObject().getString("id");
            if (staff.get("/api/academy/question-banks/" + id + "/questions").body().contains(exam.dose())) {
                return id;
            }
        }
        throw new AssertionError("no bank holds " + exam.dose());
    }

    @Test
    @DisplayName("the same attempt finished 20 times at once: all answered 200 with one finish time, one "
            + "certificate")
    void twentyFinishesAtOnce() throws Exception {
        Api instructor = Api.withToken(Sessions.newDemoStaff(Set.of("INSTRUCTOR")));
        Exam exam = exam(instructor);
        Api learner = enrolledTrainee(instructor, exam);
        learner.post("/api/academy/me/courses/" + exam.course() + "/lessons/" + exam.lesson() + "/completion", null);
        String attempt = passingAttempt(learner, exam);

        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<Api.Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                Callable<Api.Response> finish = () -> learner.post("/api/academy/me/assessments/attempts/" + attempt
                        + "/finish", null);
                answers.add(pool.submit(finish));
            }
            String finishedAt = null;
            for (Future<Api.Response> answer : answers) {
                Api.Response response = answer.get();
                assertThat(response.status()).as(response.toString()).isEqualTo(200);
                finishedAt = finishedAt == null ? response.string("finishedAt") : finishedAt;
                assertThat(response.string("finishedAt")).isEqualTo(finishedAt);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(learner.get("/api/academy/me/certificates").json().getJsonArray("items")).hasSize(1);
        assertThat(learner.get("/api/academy/me/courses/" + exam.course()).string("status")).isEqualTo("COMPLETED");
        JsonArray attempts = instructor.get("/api/academy/assessments/" + exam.assessment() + "/attempts").json()
                .getJsonArray("items");
        assertThat(attempts).hasSize(1);
        assertThat(attempts.getJsonObject(0).getString("score")).isEqualTo("100.00");
    }
}
