package com.laca.adapter.notifications.sms;

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
import java.util.Base64;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A local server that answers {@code POST} and {@code GET} on an account's {@code Messages.json} the way Twilio's
 * Messages API does (basic authentication, form-encoded requests, JSON messages and errors), so the sender talks real
 * HTTP in tests; scripted replies simulate refusals, outages and a message created but answered too late.
 */
final class FakeTwilioServer implements AutoCloseable {

    static final String ACCOUNT = "AC" + "0123456789abcdef".repeat(2);
    static final String TOKEN = "fake-auth-token";

    /** One request as it arrived. */
    record Request(String method, String path, String query, Map<String, String> headers, Map<String, String> form) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** One message Twilio holds. */
    record Held(String sid, String to, String from, String body, String statusCallback) {
    }

    /** Answers a request instead of the standard behaviour. */
    @FunctionalInterface
    interface Script {
        void answer(Request request, HttpExchange exchange) throws IOException, InterruptedException;
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<Held> held = Collections.synchronizedList(new ArrayList<>());
    private final Deque<Script> scripts = new ConcurrentLinkedDeque<>();
    private final AtomicInteger ids = new AtomicInteger();

    FakeTwilioServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The next request is answered by this script. */
    void then(Script script) {
        scripts.add(script);
    }

    /** Twilio's error answer. */
    static Script error(int status, int code) {
        return (request, exchange) -> reply(exchange, status, "{\"code\":" + code + ",\"message\":\"fake error "
                + code + "\",\"more_info\":\"https://www.twilio.com/docs/errors/" + code + "\",\"status\":" + status
                + "}");
    }

    /** Creates the message as Twilio would, but answers only after {@code millis}, past the client's patience. */
    Script createThenStall(long millis) {
        return (request, exchange) -> {
            create(request);
            Thread.sleep(millis);
        };
    }

    List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    List<Held> messages() {
        synchronized (held) {
            return List.copyOf(held);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            Request request = read(exchange);
            requests.add(request);
            Script script = scripts.poll();
            if (script != null) {
                script.answer(request, exchange);
                return;
            }
            String messagesPath = "/2010-04-01/Accounts/" + ACCOUNT + "/Messages.json";
            String expected = "Basic " + Base64.getEncoder().encodeToString((ACCOUNT + ":" + TOKEN)
                    .getBytes(StandardCharsets.UTF_8));
            if (!expected.equals(request.header("Authorization"))) {
                error(401, 20003).answer(request, exchange);
            } else if (!request.path().equals(messagesPath)) {
                error(404, 20404).answer(request, exchange);
            } else if (request.method().equals("POST")) {
                create(request);
                reply(exchange, 201, json(held.get(held.size() - 1)));
            } else {
                reply(exchange, 200, list(request));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the client gave up waiting; nothing to answer
        }
    }

    private void create(Request request) {
        String to = request.form().get("To");
        if (to == null || !to.matches("\\+[1-9][0-9]{7,14}")) {
            throw new IllegalStateException("the fake only scripts invalid numbers");
        }
        String from = request.form().getOrDefault("From", request.form().get("MessagingServiceSid"));
        held.add(new Held("SM" + String.format("%032x", ids.incrementAndGet()), to, from, request.form().get("Body"),
                request.form().get("StatusCallback")));
    }

    private String list(Request request) {
        Map<String, String> query = decode(request.query() == null ? "" : request.query());
        String to = query.get("To");
        synchronized (held) {
            return "{\"messages\":[" + held.stream().filter(m -> to == null || m.to().equals(to))
                    .map(FakeTwilioServer::json).collect(Collectors.joining(",")) + "],\"page\":0,\"page_size\":50}";
        }
    }

    private static String json(Held message) {
        return "{\"sid\":\"" + message.sid() + "\",\"account_sid\":\"" + ACCOUNT + "\",\"to\":\"" + message.to()
                + "\",\"from\":\"" + message.from() + "\",\"body\":\"" + escape(message.body())
                + "\",\"status\":\"queued\",\"direction\":\"outbound-api\",\"num_segments\":\"1\","
                + "\"date_created\":\"Mon, 01 Jun 2026 09:00:00 +0000\",\"error_code\":null,\"price\":null}";
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    static void reply(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Request read(HttpExchange exchange) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        URI uri = exchange.getRequestURI();
        return new Request(exchange.getRequestMethod(), uri.getPath(), uri.getRawQuery(), headers, decode(body));
    }

    private static Map<String, String> decode(String encoded) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : encoded.split("&")) {
            if (!pair.isEmpty()) {
                int eq = pair.indexOf('=');
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
