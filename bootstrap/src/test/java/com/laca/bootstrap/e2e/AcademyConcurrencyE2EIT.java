package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import java.util.ArrayList;
import java.util.List;
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
 * The last lesson of a course recorded 20 times at once over HTTP (on PostgreSQL when LACA_TEST_DB_URL is set):
 * every request succeeds, the enrolment completes once and exactly one certificate is issued.
 */
@ExtendWith(RunningServer.class)
@DisplayName("Completing a course from 20 requests at once issues one certificate")
class AcademyConcurrencyE2EIT {

    @Test
    @DisplayName("20 concurrent recordings of the last lesson: all 204, one completion, one certificate")
    void twentyAtOnce() throws Exception {
        Api instructor = Api.withToken(Sessions.newDemoStaff(Set.of("INSTRUCTOR")));
        Api.Response created = instructor.post("/api/academy/courses", """
                {"title": "Concurrency %s"}""".formatted(UUID.randomUUID()));
        String course = created.string("id");
        Api.Response published = instructor.post("/api/academy/courses/" + course + "/versions", """
                {"modules": [{"title": "Only", "lessons": [
                   {"title": "Practice", "kind": "PRACTICAL", "brief": "Glabellar lines"}]}],
                 "cpd": {"hours": 1, "accreditingBody": "Body", "accreditationNumber": "N-1", "level": "FOUNDATION",
                         "targetProfessions": ["NURSE"]}}""");
        assertThat(published.status()).as(published.toString()).isEqualTo(201);
        String lesson = published.json().getJsonArray("modules").getJsonObject(0).getJsonArray("lessons")
                .getJsonObject(0).getString("id");
        String email = "trainee-" + UUID.randomUUID() + "@demo-clinic.test";
        Api.Response invited = instructor.post("/api/academy/trainees", """
                {"email": "%s", "displayName": "Dr Concurrent"}""".formatted(email));
        NewStaff.setPassword(Outbox.invitationToken(email), "a trainee's passphrase");
        String enrolment = instructor.post("/api/academy/courses/" + course + "/enrolments", """
                {"learnerId": "%s"}""".formatted(invited.string("userId"))).string("id");

        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<Integer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                Callable<Integer> record = () -> instructor.post("/api/academy/enrolments/" + enrolment + "/lessons/"
                        + lesson + "/completion", null).status();
                answers.add(pool.submit(record));
            }
            for (Future<Integer> answer : answers) {
                assertThat(answer.get()).isEqualTo(204);
            }
        } finally {
            pool.shutdownNow();
        }

        String token = Sessions.token(Sessions.DEMO, email, "a trainee's passphrase");
        JsonArray certificates = Api.withToken(token).get("/api/academy/me/certificates").json()
                .getJsonArray("items");
        assertThat(certificates).hasSize(1);
        assertThat(Api.withToken(token).get("/api/academy/me/courses/" + course).string("status"))
                .isEqualTo("COMPLETED");
    }
}
