package com.laca.bootstrap.e2e;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local server speaking OpenAI's chat-completions JSON, which the running application is configured to draft
 * treatment descriptions with; a test sets what it answers next (a text, an error JSON, or nothing in time).
 */
final class FakeChatCompletionsServer implements AutoCloseable {

    /** What the server does with the next requests. */
    record Behaviour(int status, String body, Duration delay) {
    }

    /** One request as the server saw it. */
    record Seen(String authorization, String body) {
    }

    private final HttpServer server;
    private final List<Seen> requests = new CopyOnWriteArrayList<>();
    private volatile Behaviour behaviour = answering("A calm, unhurried treatment.");

    FakeChatCompletionsServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", exchange -> {
            requests.add(new Seen(exchange.getRequestHeaders().getFirst("Authorization"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            Behaviour now = behaviour;
            try {
                Thread.sleep(now.delay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] bytes = now.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            try {
                exchange.sendResponseHeaders(now.status(), bytes.length);
                exchange.getResponseBody().write(bytes);
            } catch (IOException e) {
                // the client gave up waiting (the time-out case)
            }
            exchange.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    /** A chat-completions answer whose first choice says {@code text}. */
    static Behaviour answering(String text) {
        return new Behaviour(200, "{\"id\":\"chatcmpl-e2e\",\"object\":\"chat.completion\",\"model\":\"e2e-model\","
                + "\"choices\":[{\"index\":0,\"message\":{\"role\":\"assistant\",\"content\":\""
                + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")
                + "\"},\"finish_reason\":\"stop\"}]}", Duration.ZERO);
    }

    /** OpenAI's error JSON with the status given. */
    static Behaviour failing(int status) {
        return new Behaviour(status, "{\"error\":{\"message\":\"Rate limit reached for e2e-model (internal detail)\","
                + "\"type\":\"requests\",\"param\":null,\"code\":\"rate_limit_exceeded\"}}", Duration.ZERO);
    }

    /** A correct answer that comes too late. */
    static Behaviour tooSlow(Duration delay) {
        Behaviour ok = answering("Too late.");
        return new Behaviour(ok.status(), ok.body(), delay);
    }

    void behave(Behaviour next) {
        behaviour = next;
    }

    List<Seen> requests() {
        return List.copyOf(requests);
    }

    /** The base URL to configure, ending in {@code /v1}. */
    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
