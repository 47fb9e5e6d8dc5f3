package com.laca.adapter.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.application.clinic.port.out.ContentWriter;
import com.laca.application.clinic.port.out.ContentWriterException;
import com.laca.domain.clinic.TreatmentCategory;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Treatment description drafts from an OpenAI-compatible endpoint")
class OpenAiCompatibleContentWriterTest {

    private static final ContentWriter.Brief BRIEF = new ContentWriter.Brief("Glow Clinic", "Glow peel",
            TreatmentCategory.CHEMICAL_PEEL, 40, "friendly");

    private HttpServer server;
    private final AtomicReference<String> requestBody = new AtomicReference<>();
    private final AtomicReference<String> authorization = new AtomicReference<>();
    private final AtomicReference<String> path = new AtomicReference<>();

    /** A local server answering {@code /v1/chat/completions} with the status and body given, after the delay. */
    private URI serve(int status, String body, Duration delay) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            path.set(exchange.getRequestURI().getPath());
            authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            requestBody.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1/");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    @DisplayName("asks with the model, the key and the brief, and returns the first choice's text")
    void draft() throws IOException {
        URI base = serve(200, """
                {"id": "chatcmpl-1", "object": "chat.completion", "model": "local-model", "choices": [
                  {"index": 0, "message": {"role": "assistant", "content": "  A gentle peel for brighter skin.  "},
                   "finish_reason": "stop"}], "usage": {"total_tokens": 42}}""", Duration.ZERO);

        String draft = new OpenAiCompatibleContentWriter(base, "local-model", Optional.of("sk-local"),
                Duration.ofSeconds(5)).draftTreatmentDescription(BRIEF);

        assertThat(draft).isEqualTo("A gentle peel for brighter skin.");
        assertThat(path.get()).isEqualTo("/v1/chat/completions");
        assertThat(authorization.get()).isEqualTo("Bearer sk-local");
        assertThat(requestBody.get()).contains("\"model\":\"local-model\"").contains("Glow peel")
                .contains("CHEMICAL_PEEL").contains("friendly").contains("no medical claims");
    }

    @Test
    @DisplayName("no key configured: no Authorization header (local model servers need none)")
    void noKey() throws IOException {
        URI base = serve(200, "{\"choices\": [{\"message\": {\"role\": \"assistant\", \"content\": \"Hi\"}}]}",
                Duration.ZERO);

        new OpenAiCompatibleContentWriter(base, "m", Optional.empty(), Duration.ofSeconds(5))
                .draftTreatmentDescription(BRIEF);

        assertThat(authorization.get()).isNull();
    }

    @Test
    @DisplayName("an error status is a writer failure that names the status but not the answer")
    void errorStatus() throws IOException {
        URI base = serve(500, "{\"error\": {\"message\": \"secret internal detail\"}}", Duration.ZERO);

        assertThatThrownBy(() -> new OpenAiCompatibleContentWriter(base, "m", Optional.of("sk-secret"),
                Duration.ofSeconds(5)).draftTreatmentDescription(BRIEF))
                .isInstanceOf(ContentWriterException.class).hasMessageContaining("HTTP 500")
                .hasMessageNotContaining("secret");
    }

    @Test
    @DisplayName("an answer that is not chat-completions JSON, or has no text, is a writer failure")
    void malformed() throws IOException {
        URI base = serve(200, "<html>proxy error</html>", Duration.ZERO);
        OpenAiCompatibleContentWriter writer = new OpenAiCompatibleContentWriter(base, "m", Optional.empty(),
                Duration.ofSeconds(5));

        assertThatThrownBy(() -> writer.draftTreatmentDescription(BRIEF)).isInstanceOf(ContentWriterException.class);
        stop();
        URI empty = serve(200, "{\"choices\": []}", Duration.ZERO);
        assertThatThrownBy(() -> new OpenAiCompatibleContentWriter(empty, "m", Optional.empty(), Duration.ofSeconds(5))
                .draftTreatmentDescription(BRIEF)).isInstanceOf(ContentWriterException.class)
                .hasMessageContaining("no text");
    }

    @Test
    @DisplayName("a server that does not answer in time is a writer failure, not a hung request")
    void timeout() throws IOException {
        URI base = serve(200, "{\"choices\": []}", Duration.ofSeconds(3));
        long start = System.nanoTime();

        assertThatThrownBy(() -> new OpenAiCompatibleContentWriter(base, "m", Optional.empty(),
                Duration.ofMillis(300)).draftTreatmentDescription(BRIEF))
                .isInstanceOf(ContentWriterException.class).hasMessageContaining("did not answer within");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    @DisplayName("nothing listening is a writer failure")
    void unreachable() throws IOException {
        URI base = serve(200, "{}", Duration.ZERO);
        stop();
        server = null;

        assertThatThrownBy(() -> new OpenAiCompatibleContentWriter(base, "m", Optional.empty(), Duration.ofSeconds(2))
                .draftTreatmentDescription(BRIEF)).isInstanceOf(ContentWriterException.class);
    }

    @Test
    @DisplayName("the template writer gives the same draft for the same brief, naming the treatment and the clinic")
    void template() {
        TemplateContentWriter writer = new TemplateContentWriter();

        assertThat(writer.draftTreatmentDescription(BRIEF)).isEqualTo(writer.draftTreatmentDescription(BRIEF))
                .startsWith("Glow peel at Glow Clinic: a 40-minute chemical peel appointment");
    }
}
