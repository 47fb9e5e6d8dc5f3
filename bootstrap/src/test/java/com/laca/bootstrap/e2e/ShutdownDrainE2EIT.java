package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM as an orchestrator sends it, on a server of its own, while two requests are in flight: one signed-in
 * request whose body is read on its worker thread, and one anonymous sign-in whose body is read asynchronously. The
 * server must turn readiness DOWN, keep serving new requests for the pre-stop period, then refuse new ones with 503,
 * answer both requests in flight properly once their bodies arrive, and only then exit.
 */
@DisplayName("SIGTERM drains the requests in flight")
class ShutdownDrainE2EIT {

    /** Long enough for a new request to be answered in it even on a machine shared with other builds. */
    private static final int PRE_STOP_SECONDS = 8;
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    @DisplayName("readiness DOWN at once, new requests served for the pre-stop period then refused, in-flight ones "
            + "answered, clean exit")
    void sigtermDrains() throws Exception {
        try (RunningServer server = RunningServer.startDedicated(TestDatabase.Kind.EMBEDDED_H2, Map.of(
                "laca.shutdown.pre-stop-seconds", Integer.toString(PRE_STOP_SECONDS),
                "laca.shutdown.drain-seconds", "40",
                "laca.http.body-timeout-seconds", "60"))) {
            String token = new Api(server.base(), null).post("/api/auth/login", login()).string("accessToken");
            assertThat(token).isNotBlank();

            try (SlowRequest staff = SlowRequest.open(server.base(), "/api/treatments", token, """
                    {"name": "Drain peel", "category": "CHEMICAL_PEEL", "durationMinutes": 30, "priceMinorUnits": 5000}
                    """);
                 SlowRequest anonymous = SlowRequest.open(server.base(), "/api/auth/login", null, login())) {
                awaitInFlight(server, 2);

                server.terminate();

                awaitReadiness(server, 503);
                assertThat(get(server.base(), "/api/public/" + Sessions.DEMO + "/treatments").statusCode())
                        .as("a new request during the pre-stop period is still served").isEqualTo(200);
                HttpResponse<String> refused = awaitRefusal(server);
                assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(refused.headers().firstValue("Retry-After")).isPresent();
                assertThat(server.awaitExit(Duration.ofSeconds(2)))
                        .as("the server waits for the requests in flight").isFalse();

                assertThat(staff.finish()).as("the signed-in request in flight").startsWith("HTTP/1.1 201");
                assertThat(anonymous.finish()).as("the anonymous sign-in in flight").startsWith("HTTP/1.1 200");
            }

            assertThat(server.awaitExit(Duration.ofSeconds(60))).as("the server exits once drained").isTrue();
            String log = Files.readString(server.log());
            assertThat(log).contains("Drained: no request in flight").doesNotContain("Drain period over");
        }
    }

    private static String login() {
        return """
                {"tenant": "%s", "email": "%s", "password": "%s"}"""
                .formatted(Sessions.DEMO, Sessions.DEMO_OWNER, Sessions.DEMO_PASSWORD);
    }

    private static HttpResponse<String> get(URI base, String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void awaitInFlight(RunningServer server, int requests) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        String body = "";
        while (System.nanoTime() < deadline) {
            body = get(server.managementBase(), "/health/ready").body();
            if (body.matches("(?s).*\"inFlight\"\\s*:\\s*\"?" + requests + "\\b.*")) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("never " + requests + " requests in flight: " + body);
    }

    private static void awaitReadiness(RunningServer server, int status) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PRE_STOP_SECONDS);
        HttpResponse<String> ready = null;
        while (System.nanoTime() < deadline) {
            ready = get(server.managementBase(), "/health/ready");
            if (ready.statusCode() == status) {
                assertThat(ready.body()).contains("\"shutdown\"");
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("readiness never answered " + status + " within the pre-stop period: " + ready);
    }

    private static HttpResponse<String> awaitRefusal(RunningServer server) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PRE_STOP_SECONDS + 20);
        HttpResponse<String> answer = null;
        while (System.nanoTime() < deadline) {
            answer = get(server.base(), "/api/public/" + Sessions.DEMO + "/treatments");
            if (answer.statusCode() != 200) {
                assertThat(answer.statusCode()).as("refused: %s", answer.body()).isEqualTo(503);
                return answer;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("new requests were still served after the pre-stop period: " + answer);
    }

    /**
     * A POST whose JSON body starts with the headers and a few bytes, then trickles one byte (leading white space) every
     * half second, so it stays in flight without any read waiting long, until {@link #finish()} sends the rest.
     */
    private static final class SlowRequest implements AutoCloseable {

        private static final int PADDING = 200;

        private final Socket socket;
        private final OutputStream out;
        private final byte[] rest;
        private final AtomicBoolean finishing = new AtomicBoolean();
        private final CompletableFuture<Integer> trickled;

        private SlowRequest(Socket socket, byte[] rest) throws IOException {
            this.socket = socket;
            this.out = socket.getOutputStream();
            this.rest = rest;
            this.trickled = CompletableFuture.supplyAsync(this::trickle);
        }

        static SlowRequest open(URI base, String path, String token, String json) throws IOException {
            byte[] body = (" ".repeat(PADDING) + json).getBytes(StandardCharsets.UTF_8);
            Socket socket = new Socket(base.getHost(), base.getPort());
            socket.setSoTimeout(60_000);
            String head = "POST " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length
                    + (token == null ? "" : "\r\nAuthorization: Bearer " + token) + "\r\nConnection: close\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, 1);
            out.flush();
            byte[] rest = new byte[body.length - 1];
            System.arraycopy(body, 1, rest, 0, rest.length);
            return new SlowRequest(socket, rest);
        }

        /** Sends one padding byte every half second until told to finish; returns how many it sent. */
        private int trickle() {
            int sent = 0;
            try {
                while (!finishing.get() && sent < PADDING - 2) {
                    Thread.sleep(500);
                    synchronized (out) {
                        if (!finishing.get()) {
                            out.write(rest[sent]);
                            out.flush();
                            sent++;
                        }
                    }
                }
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException("trickling the body failed", e);
            }
            return sent;
        }

        /** Sends the rest of the body and returns the whole answer the server gives. */
        String finish() throws Exception {
            finishing.set(true);
            int sent = trickled.get(5, TimeUnit.SECONDS);
            synchronized (out) {
                out.write(rest, sent, rest.length - sent);
                out.flush();
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }

        @Override
        public void close() throws IOException {
            finishing.set(true);
            socket.close();
        }
    }
}
