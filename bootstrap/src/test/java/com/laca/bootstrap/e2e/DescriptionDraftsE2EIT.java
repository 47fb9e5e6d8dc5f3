package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Treatment descriptions drafted by the running server through a local OpenAI-shaped chat-completions server (issue
 * 15): a draft is kept for review and changes nothing on the menu, an unreviewed draft is refused publication, the
 * reviewed text is what the public menu shows, and the writing service's error JSON and time-out are 503 problems
 * that store nothing. Works on its own treatment, deleted at the end with its drafts.
 */
@ExtendWith(RunningServer.class)
class DescriptionDraftsE2EIT {

    private final Api owner = Api.withToken(Sessions.demoOwner());
    private String treatment;

    @BeforeEach
    void ownTreatment() {
        Api.Response created = owner.post("/api/treatments", """
                {"name": "Drafts %s", "category": "CHEMICAL_PEEL", "durationMinutes": 40, "priceMinorUnits": 9000,
                 "description": "Our own words."}""".formatted(UUID.randomUUID().toString().substring(0, 8)));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        treatment = created.string("id");
    }

    @AfterEach
    void cleanUp() {
        RunningServer.get().writer().behave(FakeChatCompletionsServer.answering("A calm, unhurried treatment."));
        long version = owner.get("/api/treatments/" + treatment).json().getJsonNumber("version").longValue();
        assertThat(owner.delete("/api/treatments/" + treatment, Sessions.ifMatch(version)).status()).isEqualTo(204);
    }

    @Test
    @DisplayName("Drafted by the model, refused unreviewed, published in the reviewer's words on the public menu")
    void draftReviewPublish() {
        RunningServer.get().writer().behave(FakeChatCompletionsServer.answering("A gentle peel for brighter skin."));
        int before = RunningServer.get().writer().requests().size();

        Api.Response drafted = owner.post("/api/description-drafts",
                "{\"treatmentId\": \"" + treatment + "\", \"tone\": \"warm and reassuring\"}");

        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        assertThat(drafted.header("Location").orElseThrow()).endsWith("/api/description-drafts/" + drafted.string("id"));
        assertThat(drafted.string("text")).isEqualTo("A gentle peel for brighter skin.");
        assertThat(drafted.string("source")).isEqualTo("MODEL");
        assertThat(drafted.string("status")).isEqualTo("DRAFTED");
        FakeChatCompletionsServer.Seen asked = RunningServer.get().writer().requests().get(before);
        assertThat(asked.authorization()).isEqualTo("Bearer sk-e2e");
        assertThat(asked.body()).contains("\"model\":\"e2e-model\"").contains("warm and reassuring")
                .contains("CHEMICAL_PEEL");
        assertThat(owner.get("/api/treatments/" + treatment).string("description")).isEqualTo("Our own words.");
        String draft = "/api/description-drafts/" + drafted.string("id");

        Api.Response unreviewed = owner.post(draft + "/publish", "");
        assertThat(unreviewed.status()).as(unreviewed.toString()).isEqualTo(409);
        assertThat(unreviewed.contentType()).startsWith("application/problem+json");
        assertThat(unreviewed.string("detail")).contains("reviewed before it is published");
        assertThat(owner.get("/api/treatments/" + treatment).string("description")).isEqualTo("Our own words.");

        Api.Response reviewed = owner.post(draft + "/review",
                "{\"description\": \"A gentle peel for brighter skin.\\nAbout 40 minutes.\"}");
        assertThat(reviewed.status()).as(reviewed.toString()).isEqualTo(200);
        assertThat(reviewed.string("status")).isEqualTo("REVIEWED");
        assertThat(reviewed.string("reviewedBy")).isNotBlank();

        Api.Response published = owner.post(draft + "/publish", "");
        assertThat(published.status()).as(published.toString()).isEqualTo(200);
        assertThat(published.string("status")).isEqualTo("PUBLISHED");
        assertThat(owner.get("/api/treatments/" + treatment).string("description"))
                .isEqualTo("A gentle peel for brighter skin.\nAbout 40 minutes.");
        assertThat(Api.anonymous().get("/api/public/" + Sessions.DEMO + "/treatments").body())
                .contains("A gentle peel for brighter skin.\\nAbout 40 minutes.");
        assertThat(owner.post(draft + "/publish", "").status()).isEqualTo(409);

        Api.Response list = owner.get("/api/description-drafts?treatmentId=" + treatment);
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.json().getJsonArray("items")).hasSize(1);
        assertThat(list.json().getInt("total")).isEqualTo(1);
    }

    @Test
    @DisplayName("The writing service's error JSON and its silence are 503 problems without its words; nothing is kept")
    void writerFailures() {
        String body = "{\"treatmentId\": \"" + treatment + "\"}";
        RunningServer.get().writer().behave(FakeChatCompletionsServer.failing(429));
        Api.Response error = owner.post("/api/description-drafts", body);
        assertThat(error.status()).as(error.toString()).isEqualTo(503);
        assertThat(error.contentType()).startsWith("application/problem+json");
        assertThat(error.string("type")).endsWith("/writing-service-unavailable");
        assertThat(error.string("detail")).contains("HTTP 429").doesNotContain("internal detail");

        RunningServer.get().writer().behave(FakeChatCompletionsServer.tooSlow(Duration.ofSeconds(6)));
        long started = System.nanoTime();
        Api.Response slow = owner.post("/api/description-drafts", body);
        assertThat(slow.status()).as(slow.toString()).isEqualTo(503);
        assertThat(slow.string("detail")).contains("did not answer");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(6));

        assertThat(owner.get("/api/description-drafts?treatmentId=" + treatment).json().getJsonArray("items")).isEmpty();
    }

    @Test
    @DisplayName("A practitioner may read drafts but not ask for, review or publish one; bad ids and bodies are 4xx")
    void permissionsAndBadInput() {
        Api.Response drafted = owner.post("/api/description-drafts", "{\"treatmentId\": \"" + treatment + "\"}");
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        String draft = "/api/description-drafts/" + drafted.string("id");
        Api practitioner = Api.withToken(Sessions.newDemoStaff(Set.of("PRACTITIONER")));

        assertThat(practitioner.get(draft).status()).isEqualTo(200);
        assertThat(practitioner.post("/api/description-drafts", "{\"treatmentId\": \"" + treatment + "\"}").status())
                .isEqualTo(403);
        assertThat(practitioner.post(draft + "/review", "{\"description\": \"Mine.\"}").status()).isEqualTo(403);
        assertThat(practitioner.post(draft + "/publish", "").status()).isEqualTo(403);

        assertThat(owner.post("/api/description-drafts", "{\"treatmentId\": \"not-a-uuid\"}").status()).isEqualTo(400);
        assertThat(owner.post("/api/description-drafts", "{}").status()).isEqualTo(400);
        assertThat(owner.post("/api/description-drafts", "{\"treatmentId\": \"" + UUID.randomUUID() + "\"}").status())
                .isEqualTo(404);
        assertThat(owner.post(draft + "/review", "{\"description\": \"  \"}").status()).isEqualTo(400);
        assertThat(owner.post(draft + "/review", "{\"description\": \"" + "x".repeat(2001) + "\"}").status()).isEqualTo(400);
        assertThat(owner.get("/api/description-drafts/nope").status()).isEqualTo(404);
        assertThat(owner.get("/api/description-drafts?treatmentId=nope").status()).isEqualTo(400);
        assertThat(owner.get("/api/description-drafts").status()).isEqualTo(400);
        assertThat(owner.get("/api/description-drafts?treatmentId=" + treatment + "&size=0").status()).isEqualTo(400);
        assertThat(Api.anonymous().get(draft).status()).isEqualTo(401);
    }
}
