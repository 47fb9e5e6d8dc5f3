package com.laca.bootstrap.e2e;

import com.laca.adapter.payments.stripe.FakeStripeServer;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the built WAR on the real Payara Micro once per test run, on a free port with its own data directory (and a
 * fresh PostgreSQL database when {@code LACA_TEST_DB_URL} is set), and stops it when the run ends. Card payments are
 * on: a {@link FakeStripeServer} is started first, on a port known before the server starts, and the server's
 * {@code laca.stripe.*} settings point at it; treatments without a deposit book exactly as in pay-at-clinic mode.
 */
public final class RunningServer implements BeforeAllCallback, ExtensionContext.Store.CloseableResource,
        AutoCloseable {

    /** Five minutes, or {@code laca.e2e.start-timeout-seconds} on a machine known to be slow. */
    private static final Duration START_TIMEOUT =
            Duration.ofSeconds(Long.getLong("laca.e2e.start-timeout-seconds", 300));
    private static RunningServer instance;

    /** The webhook signing secret the server is started with, so tests can sign events as Stripe would. */
    public static final String WEBHOOK_SECRET = "whsec_e2e_" + UUID.randomUUID().toString().replace("-", "");

    private final String platformAdminPassword = "pa-" + UUID.randomUUID();
    private final Map<String, String> extraSettings = new LinkedHashMap<>();
    private FakeStripeServer stripe;
    /** The chat-completions server treatment descriptions are drafted with (issue 15). */
    private FakeChatCompletionsServer writer;
    private Process process;
    private Path dataDir;
    private Path log;
    private TestDatabase database;
    private URI base;
    private URI managementBase;

    /** The server of this test run; only valid once the extension has run. */
    public static RunningServer get() {
        return instance;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (RunningServer.class) {
            if (instance == null) {
                RunningServer server = new RunningServer();
                server.start();
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(RunningServer.class, server);
                instance = server;
            }
        }
    }

    /**
     * Starts a server of its own, with its own data directory and database of the given kind (a PostgreSQL run is
     * skipped when {@code LACA_TEST_DB_URL} is unset), for a test that must kill or restart it; the caller closes it.
     */
    public static RunningServer startDedicated(TestDatabase.Kind kind) throws Exception {
        return startDedicated(kind, Map.of());
    }

    /** A server of its own as above, with further settings (system properties) on top of the usual ones. */
    public static RunningServer startDedicated(TestDatabase.Kind kind, Map<String, String> settings) throws Exception {
        RunningServer server = new RunningServer();
        server.extraSettings.putAll(settings);
        server.start(kind);
        return server;
    }

    /** Sends the server SIGTERM, as an orchestrator stopping it would, without waiting for it to exit. */
    public void terminate() {
        process.destroy();
    }

    /** Waits for the server process to exit, returning whether it did within the time given. */
    public boolean awaitExit(Duration within) throws InterruptedException {
        return process.waitFor(within.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Kills the server process at once (SIGKILL), as a crash or the out-of-memory killer would: nothing can flush. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** Starts the server again on the same data directory and database, on a new port (see {@link #base()}). */
    public void restart() throws Exception {
        int port = freePort();
        int managementPort = freePort();
        base = URI.create("http://127.0.0.1:" + port);
        log = logOf(port);
        managementBase = URI.create("http://127.0.0.1:" + managementPort);
        process = launch(port, managementPort);
    }

    public URI base() {
        return base;
    }

    /** The management listener (health, metrics, the full API description), on a port of its own. */
    public URI managementBase() {
        return managementBase;
    }

    public String platformAdminPassword() {
        return platformAdminPassword;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** Everything the server wrote to its console, for tests of what it logs. */
    public Path log() {
        return log;
    }

    /** Whether the server runs on PostgreSQL (otherwise the embedded H2 default). */
    public boolean onPostgres() {
        return database.isPostgres();
    }

    public TestDatabase database() {
        return database;
    }

    /** The CPU time the server process has used so far, all threads together, as the operating system counts it. */
    public Duration cpuTime() {
        return process.toHandle().info().totalCpuDuration()
                .orElseThrow(() -> new IllegalStateException("this system does not report a process's CPU time"));
    }

    /** The Stripe-shaped server the application talks to. */
    public FakeStripeServer stripe() {
        return stripe;
    }

    /** The OpenAI-shaped server the application drafts treatment descriptions with. */
    FakeChatCompletionsServer writer() {
        return writer;
    }

    private void start() throws Exception {
        start(null);
    }

    /** Starts on a database of the kind given, or, for {@code null}, the one the environment asks for. */
    private void start(TestDatabase.Kind kind) throws Exception {
        dataDir = Files.createTempDirectory("laca-e2e");
        database = kind == null ? TestDatabase.create(dataDir) : TestDatabase.create(kind, dataDir);
        stripe = new FakeStripeServer();
        writer = new FakeChatCompletionsServer();
        int port = freePort();
        int managementPort = freePort();
        base = URI.create("http://127.0.0.1:" + port);
        log = logOf(port);
        managementBase = URI.create("http://127.0.0.1:" + managementPort);
        process = launch(port, managementPort);
    }

    /**
     * Starts one more Payara Micro on the same PostgreSQL database and the same data directory (so the same signing
     * keys), the way clinics scale out behind a load balancer; the caller stops it. Flyway's lock makes the second
     * start find the schema migrated and the start-up data present.
     */
    public Instance startAnotherInstance() throws Exception {
        if (!onPostgres()) {
            throw new IllegalStateException("a second instance needs a shared PostgreSQL database");
        }
        int port = freePort();
        return new Instance(launch(port, freePort()), URI.create("http://127.0.0.1:" + port));
    }

    /** Starts Payara Micro the way {@code run.sh} does, with the listener settings and a management listener. */
    private Process launch(int port, int managementPort) throws Exception {
        URI address = URI.create("http://127.0.0.1:" + port);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m"));
        Map<String, String> settings = new LinkedHashMap<>(database.serverSettings());
        settings.put("laca.data.dir", dataDir.resolve("data").toString());
        settings.put("laca.demo.enabled", "true");
        settings.put("laca.platform.admin.password", platformAdminPassword);
        settings.put("laca.auth.address-max-failures", "100000");
        // every test books from 127.0.0.1; SlotHoardingE2EIT sends from addresses of its own to meet these limits
        settings.put("laca.booking.max-upcoming-per-address", "100000");
        settings.put("laca.booking.max-unpaid-holds-per-address", "8");
        settings.put("laca.stripe.api-key", "sk_test_e2e");
        settings.put("laca.stripe.publishable-key", "pk_test_e2e");
        settings.put("laca.stripe.webhook-secret", WEBHOOK_SECRET);
        settings.put("laca.stripe.api-base", stripe.base().toString());
        settings.put("laca.stripe.max-network-retries", "0");
        if (writer != null) {
            settings.put("laca.content.base-url", writer.base().toString());
            settings.put("laca.content.model", "e2e-model");
            settings.put("laca.content.api-key", "sk-e2e");
            settings.put("laca.content.timeout-ms", "3000");
        }
        settings.put("laca.http.management-port", Integer.toString(managementPort));
        settings.put("laca.public.base-url", address.toString());
        settings.put("laca.notifications.dispatcher.period-ms", "200");
        // api-ops: the demo clinic's booking site may call its public API from a browser (HttpEdgeE2EIT)
        settings.put("laca.cors." + Sessions.DEMO + ".allowed-origins", HttpEdgeE2EIT.ALLOWED_ORIGIN);
        // api-ops: rate limits count other addresses only (RateLimitE2EIT sends from 127.0.0.2xx)
        settings.put("laca.rate-limit.exempt-addresses", "127.0.0.1");
        settings.put("laca.rate-limit.availability.per-minute",
                Integer.toString(RateLimitE2EIT.AVAILABILITY_PER_MINUTE));
        settings.put("laca.rate-limit.booking.per-minute", "1000");
        settings.putAll(extraSettings);
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        Path commands = Path.of(System.getProperty("laca.payara.commands"));
        command.addAll(List.of("-jar", System.getProperty("laca.payara"),
                "--prebootcommandfile", commands.resolve("pre-boot-commands.asadmin").toString(),
                "--postbootcommandfile", commands.resolve("management-listener.asadmin").toString(),
                "--deploy", System.getProperty("laca.war"),
                "--contextroot", "/", "--port", Integer.toString(port), "--nocluster", "--disablephonehome"));
        Path log = logOf(port);
        Process started = new ProcessBuilder(command).directory(dataDir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        try {
            awaitApplication(started, address, log);
        } catch (Exception e) {
            stop(started);
            throw e;
        }
        return started;
    }

    /**
     * Payara builds the OpenAPI document on its first request, which can take tens of seconds on a busy machine;
     * building it here keeps that one-off cost out of the tests' request time-outs. The application is ready either
     * way, so a warm-up that times out is reported and not tried again (a retry would spend the start's whole time).
     */
    private static void warmUpOpenApi(HttpClient client, URI base) throws InterruptedException {
        try {
            client.send(HttpRequest.newBuilder(base.resolve("/openapi")).timeout(Duration.ofMinutes(3)).build(),
                    HttpResponse.BodyHandlers.discarding());
        } catch (IOException slow) {
            System.err.println("[laca] the OpenAPI warm-up did not finish: " + slow);
        }
    }

    private static void awaitApplication(Process process, URI base, Path log) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Payara Micro exited; see " + log.toAbsolutePath());
            }
            try {
                HttpResponse<String> response = client.send(HttpRequest.newBuilder(base.resolve("/health/ready"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    warmUpOpenApi(client, base);
                    return;
                }
                if (response.body().contains("No Application deployed") && Files.readString(log).contains("SEVERE")
                        && Files.readString(log).contains("deploy")) {
                    throw new IllegalStateException("the application failed to deploy; see " + log.toAbsolutePath());
                }
            } catch (IOException notYetListening) {
                // the HTTP listener is not up yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the application was not ready within " + START_TIMEOUT + "; see "
                + log.toAbsolutePath());
    }

    @Override
    public void close() throws Exception {
        if (process != null) {
            stop(process);
        }
        database.close();
        if (stripe != null) {
            stripe.close();
        }
        if (writer != null) {
            writer.close();
        }
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** A further server instance on the same database, stopped by closing it. */
    public record Instance(Process process, URI base) implements AutoCloseable {

        @Override
        public void close() throws InterruptedException {
            stop(process);
        }
    }

    private static Path logOf(int port) {
        return Path.of("target", "e2e-server-" + port + ".log");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
