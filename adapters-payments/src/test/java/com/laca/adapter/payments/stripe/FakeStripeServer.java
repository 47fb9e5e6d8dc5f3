package com.laca.adapter.payments.stripe;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local server that answers {@code POST /v1/payment_intents} and {@code POST /v1/refunds} the way Stripe does,
 * including idempotent replays, so stripe-java talks real HTTP and JSON in tests; scripted replies simulate
 * declines, outages and slowness. Public, in the test-jar, for bootstrap's end-to-end test to start one before the
 * server and point {@code laca.stripe.api-base} at it.
 */
public final class FakeStripeServer implements AutoCloseable {

    /** One request as it arrived on the wire. */
    public record Request(String method, String path, Map<String, String> headers, Map<String, String> form) {

        /** A header by case-insensitive name, or null. */
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** One answer. */
    record Reply(int status, String json, Map<String, String> headers) {

        static Reply of(int status, String json) {
            return new Reply(status, json, Map.of());
        }
    }

    /** Answers one request, possibly after a pause. */
    @FunctionalInterface
    interface Responder {
        Reply respond(Request request) throws InterruptedException;
    }

    private record Stored(Map<String, String> form, Reply reply) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final Deque<Responder> scripted = new ConcurrentLinkedDeque<>();
    private final Map<String, Stored> idempotent = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    public FakeStripeServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The next request not yet answered by an earlier script is answered by this responder. */
    void thenAnswer(Responder responder) {
        scripted.add(responder);
    }

    public List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    static String error(String type, String code) {
        return "{\"error\":{\"type\":\"" + type + "\",\"code\":\"" + code + "\",\"message\":\"fake " + code + "\"}}";
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Request request = read(exchange);
            requests.add(request);
            Responder responder = scripted.poll();
            Reply reply = responder != null ? responder.respond(request) : standard(request);
            byte[] body = reply.json().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.getResponseHeaders().set("Request-Id", "req_fake_" + ids.incrementAndGet());
            reply.headers().forEach(exchange.getResponseHeaders()::set);
            exchange.sendResponseHeaders(reply.status(), body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client gave up waiting (a time-out test); nothing to answer
        }
    }

    /** What Stripe would answer, replaying the first answer when an idempotency key is reused. */
    private Reply standard(Request request) {
        String key = request.header("Idempotency-Key");
        if (key != null) {
            Stored earlier = idempotent.get(request.path() + " " + key);
            if (earlier != null) {
                return earlier.form().equals(request.form())
                        ? earlier.reply()
                        : Reply.of(400, error("idempotency_error", "idempotency_key_in_use"));
            }
        }
        Reply reply = switch (request.path()) {
            case "/v1/payment_intents" -> Reply.of(200, paymentIntent(request.form()));
            case "/v1/refunds" -> Reply.of(200, refund(request.form()));
            default -> Reply.of(404, error("invalid_request_error", "resource_missing"));
        };
        if (key != null) {
            Stored first = idempotent.putIfAbsent(request.path() + " " + key, new Stored(request.form(), reply));
            return first == null ? reply : first.reply();
        }
        return reply;
    }

    private String paymentIntent(Map<String, String> form) {
        String id = "pi_fake_" + ids.incrementAndGet();
        return "{\"id\":\"" + id + "\",\"object\":\"payment_intent\",\"amount\":" + form.get("amount")
                + ",\"currency\":\"" + form.get("currency") + "\",\"client_secret\":\"" + id + "_secret_x\""
                + ",\"status\":\"requires_payment_method\",\"livemode\":false,\"metadata\":{}}";
    }

    private String refund(Map<String, String> form) {
        String id = "re_fake_" + ids.incrementAndGet();
        return "{\"id\":\"" + id + "\",\"object\":\"refund\",\"amount\":" + form.get("amount")
                + ",\"currency\":\"gbp\",\"payment_intent\":\"" + form.get("payment_intent") + "\""
                + ",\"status\":\"succeeded\",\"metadata\":{}}";
    }

    private static Request read(HttpExchange exchange) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), headers, form);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
