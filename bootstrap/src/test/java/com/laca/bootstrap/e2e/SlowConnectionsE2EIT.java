package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Clients that send their bodies slowly, or speak HTTP oddly, cannot hold the server's worker threads: health stays
 * answered, slow bodies are cut off with a 408 problem, and CONNECT is refused at once.
 */
@ExtendWith(RunningServer.class)
@DisplayName("Slow and odd connections cannot hold the server's workers")
class SlowConnectionsE2EIT {

    private static final int SLOW_CLIENTS = 300;
    /** Longer than the server's 10 s for a whole body, so every slow client is cut off while health is probed. */
    private static final Duration PROBING = Duration.ofSeconds(14);
    private static final String SLOW_BODY = """
            {"tenant": "demo-clinic", "email": "slow@example.com", "password": "%s"}""".formatted("p".repeat(200));

    @Test
    @DisplayName("Health answers within 2 seconds while 300 clients send their bodies a byte at a time (half to a "
            + "public endpoint, half without a token to a staff one), and each gets a 408 problem once its time is up")
    void healthStaysAnsweredUnderSlowBodies() throws Exception {
        URI base = RunningServer.get().base();
        List<Socket> slow = new ArrayList<>();
        ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
        try {
            long start = System.nanoTime();
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                Socket socket = RawHttp.connect(base);
                String path = i % 2 == 0 ? "/api/auth/login" : "/api/treatments";
                socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: laca\r\n"
                        + "Content-Type: application/json\r\nContent-Length: " + SLOW_BODY.length() + "\r\n\r\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
                slow.add(socket);
            }
            int[] sent = {0};
            trickle.scheduleAtFixedRate(() -> {
                for (Socket socket : slow) {
                    sendQuietly(socket, SLOW_BODY.charAt(sent[0]));
                }
                sent[0]++;
            }, 0, 500, TimeUnit.MILLISECONDS);

            List<Duration> probes = new ArrayList<>();
            long until = System.nanoTime() + PROBING.toNanos();
            while (System.nanoTime() < until) {
                RawHttp.Answer health = RawHttp.exchange(base,
                        "GET /health/live HTTP/1.1\r\nHost: laca\r\nConnection: close\r\n\r\n", Duration.ofSeconds(5));
                assertThat(health.status()).as("health while %d clients trickle: %s", SLOW_CLIENTS, health)
                        .isEqualTo(200);
                assertThat(health.firstByte()).as("health answered in").isLessThan(Duration.ofSeconds(2));
                probes.add(health.firstByte());
                Thread.sleep(250);
            }
            assertThat(probes).hasSizeGreaterThan(10);
            trickle.shutdownNow();

            for (Socket socket : slow) {
                RawHttp.Answer cutOff = RawHttp.read(socket, start, Duration.ofSeconds(10));
                assertThat(cutOff.status()).as("a slow client's answer: %s", cutOff).isEqualTo(408);
                assertThat(cutOff.header("Content-Type")).hasValueSatisfying(
                        type -> assertThat(type).startsWith("application/problem+json"));
                assertThat(cutOff.body()).contains("request-timeout");
            }
        } finally {
            trickle.shutdownNow();
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    @DisplayName("A body that arrives slowly but completely is served as usual: a sign-in succeeds, "
            + "and a staff endpoint without a token is still refused with 401")
    void slowButCompleteBodyIsServed() throws Exception {
        RawHttp.Answer signedIn = postSlowly("/api/auth/login", null, """
                {"tenant": "%s", "email": "%s", "password": "%s"}"""
                .formatted(Sessions.DEMO, Sessions.DEMO_OWNER, Sessions.DEMO_PASSWORD));
        assertThat(signedIn.status()).as(signedIn.toString()).isEqualTo(200);
        assertThat(signedIn.body()).contains("accessToken");

        RawHttp.Answer refused = postSlowly("/api/treatments", null, treatment("Anonymous peel"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(401);
        assertThat(refused.body()).contains("unauthorized");
    }

    @Test
    @DisplayName("Bodies sent slowly by two clinics' staff, among slow anonymous ones, each act for their own sender")
    void slowBodiesKeepEachCallersIdentity() throws Exception {
        String demo = Sessions.demoOwner();
        String other = Sessions.otherOwner();
        List<String> demoNames = new ArrayList<>();
        List<String> otherNames = new ArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(6);
        try {
            List<Future<RawHttp.Answer>> answers = new ArrayList<>();
            for (int round = 0; round < 4; round++) {
                String demoName = "Slow demo " + UUID.randomUUID();
                String otherName = "Slow other " + UUID.randomUUID();
                demoNames.add(demoName);
                otherNames.add(otherName);
                answers.add(clients.submit(() -> postSlowly("/api/treatments", demo, treatment(demoName))));
                answers.add(clients.submit(() -> postSlowly("/api/treatments", other, treatment(otherName))));
                answers.add(clients.submit(() -> postSlowly("/api/auth/login", null, """
                        {"tenant": "demo-clinic", "email": "nobody@example.com", "password": "wrong"}""")));
            }
            for (Future<RawHttp.Answer> answer : answers) {
                assertThat(answer.get(60, TimeUnit.SECONDS).status()).isIn(201, 401, 429); // 429: the sign-in throttle
            }
        } finally {
            clients.shutdownNow();
        }
        String demoMenu = Api.withToken(demo).get("/api/treatments?size=100").body();
        String otherMenu = Api.withToken(other).get("/api/treatments?size=100").body();
        assertThat(demoMenu).contains(demoNames).doesNotContain(otherNames);
        assertThat(otherMenu).contains(otherNames).doesNotContain(demoNames);
    }

    @Test
    @DisplayName("CONNECT is refused with a 405 problem at once, without waiting for a body that never ends")
    void connectIsRefusedAtOnce() {
        RawHttp.Answer refused = RawHttp.exchange(RunningServer.get().base(),
                "CONNECT /api/public/demo-clinic/treatments HTTP/1.1\r\nHost: laca\r\n\r\n", Duration.ofSeconds(3));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(405);
        assertThat(refused.firstByte()).isLessThan(Duration.ofSeconds(1));
        assertThat(refused.header("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("method-not-allowed");
    }

    @Test
    @DisplayName("TRACE is refused with 405 at once and never echoes the request back")
    void traceIsRefusedAtOnce() {
        for (String path : List.of("/health/live", "/api/public/demo-clinic/treatments", "/openapi", "/nothing")) {
            RawHttp.Answer refused = RawHttp.exchange(RunningServer.get().base(), "TRACE " + path
                    + " HTTP/1.1\r\nHost: laca\r\nCookie: secret=trace-me\r\nConnection: close\r\n\r\n",
                    Duration.ofSeconds(3));
            assertThat(refused.status()).as(refused.toString()).isEqualTo(405);
            assertThat(refused.firstByte()).isLessThan(Duration.ofSeconds(1));
            assertThat(refused.raw()).doesNotContain("trace-me");
        }
    }

    private static String treatment(String name) {
        return """
                {"name": "%s", "category": "CHEMICAL_PEEL", "durationMinutes": 40, "priceMinorUnits": 8500,
                 "requiredQualification": "AESTHETICIAN", "requiredResourceTypes": ["TREATMENT_ROOM"]}"""
                .formatted(name);
    }

    /** Posts the body 20 bytes at a time, 100 ms apart, with the bearer token if one is given. */
    private static RawHttp.Answer postSlowly(String path, String token, String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = RawHttp.connect(RunningServer.get().base())) {
            OutputStream out = socket.getOutputStream();
            long start = System.nanoTime();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: laca\r\n"
                    + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                    + "Content-Type: application/json\r\nContent-Length: " + bytes.length + "\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            for (int i = 0; i < bytes.length; i += 20) {
                out.write(bytes, i, Math.min(20, bytes.length - i));
                out.flush();
                Thread.sleep(100);
            }
            return RawHttp.read(socket, start, Duration.ofSeconds(20));
        }
    }

    /** Sends one more byte, unless the server has already answered (then the client would stop too). */
    private static void sendQuietly(Socket socket, char c) {
        try {
            if (socket.getInputStream().available() > 0) {
                return;
            }
            socket.getOutputStream().write(c);
            socket.getOutputStream().flush();
        } catch (IOException closedByTheServer) {
            // the server has answered (408) and closed; nothing more to send
        }
    }
}
