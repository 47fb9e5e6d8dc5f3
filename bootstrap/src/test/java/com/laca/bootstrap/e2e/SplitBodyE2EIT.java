package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A client whose body leaves a moment after its headers (as Java's own HTTP client sends a POST) is answered every
 * time: such bodies are read asynchronously, and the request must go on exactly once, however the body's arrival
 * interleaves with the thread that started reading it. Hundreds of requests with pauses of a few hundred microseconds
 * between headers and body cover those interleavings; a request served twice or never answers late, or not at all.
 * Reading such a request's caller must not make Payara build its EJB container's internals on the dispatch thread,
 * which it logs as an internal error (and which was the last thing logged before requests hung).
 */
@ExtendWith(RunningServer.class)
@DisplayName("A body sent just after its headers is always answered")
class SplitBodyE2EIT {

    private static final int REQUESTS = 200;
    private static final int CLIENTS = 16;
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String BODY = """
            {"treatment": "not-a-treatment", "start": "soon"}""";

    @Test
    @DisplayName("200 anonymous bookings whose body follows the headers after 0-2 ms each get one whole 400 problem")
    void everySplitBodyIsAnswered() throws Exception {
        URI base = RunningServer.get().base();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<RawHttp.Answer>> answers = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                answers.add(clients.submit(() -> bookWithSplitBody(base)));
            }
            for (Future<RawHttp.Answer> answer : answers) {
                RawHttp.Answer received = answer.get(WAIT.toSeconds() * 2, TimeUnit.SECONDS);
                assertThat(received.status()).as("answer: %s", received).isEqualTo(400);
                assertThat(received.header("Content-Type")).as("answer: %s", received)
                        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(received.body()).as("answer: %s", received).endsWith("}");
            }
            assertThat(Files.readString(RunningServer.get().log())).as("the server's log")
                    .doesNotContain("EJBContainerUtilImpl is null");
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    @DisplayName("100 anonymous form posts from Java's HTTP client as it comes (offering HTTP/2) each get one whole answer")
    void everyUpgradeOfferIsAnswered() throws Exception {
        URI target = URI.create(RunningServer.get().base() + "/api/webhooks/twilio/inbound");
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                answers.add(clients.submit(() -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(target)
                        .header("Content-Type", "application/x-www-form-urlencoded").timeout(WAIT)
                        .POST(HttpRequest.BodyPublishers.ofString("From=%2B447700900123&Body=STOP")).build(),
                        HttpResponse.BodyHandlers.ofString())));
            }
            for (Future<HttpResponse<String>> answer : answers) {
                HttpResponse<String> received = answer.get(WAIT.toSeconds() * 2, TimeUnit.SECONDS);
                assertThat(received.statusCode()).as(received.body()).isEqualTo(404);
                assertThat(received.body()).endsWith("}");
            }
        } finally {
            clients.shutdownNow();
        }
    }

    private static RawHttp.Answer bookWithSplitBody(URI base) throws Exception {
        try (Socket socket = RawHttp.connect(base)) {
            long start = System.nanoTime();
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/public/" + Sessions.DEMO + "/bookings HTTP/1.1\r\nHost: laca\r\n"
                    + "Content-Type: application/json\r\nContent-Length: " + BODY.length() + "\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            TimeUnit.MICROSECONDS.sleep(ThreadLocalRandom.current().nextInt(2_000));
            out.write(BODY.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return RawHttp.read(socket, start, WAIT);
        }
    }
}
