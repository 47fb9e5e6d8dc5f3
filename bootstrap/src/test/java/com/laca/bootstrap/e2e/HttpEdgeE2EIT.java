package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What a browser and a cache see at the HTTP edge: CORS for a clinic's own booking site, no WADL, conditional GETs
 * with ETag and Cache-Control on public reads, and gzip when the client accepts it.
 */
@ExtendWith(RunningServer.class)
@DisplayName("The HTTP edge")
class HttpEdgeE2EIT {

    /** The origin the test server lets call the demo clinic's public API (RunningServer's laca.cors setting). */
    static final String ALLOWED_ORIGIN = "https://book.demo-clinic.test";
    private static final String MENU = "/api/public/" + Sessions.DEMO + "/treatments";
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    @DisplayName("a preflight from the clinic's listed origin is allowed, and the answer then carries its CORS headers")
    void corsAllowed() {
        Api.Response preflight = Api.anonymous().send("OPTIONS", MENU, null, Map.of("Origin", ALLOWED_ORIGIN,
                "Access-Control-Request-Method", "GET", "Access-Control-Request-Headers", "content-type"));
        assertThat(preflight.status()).isEqualTo(204);
        assertThat(preflight.header("Access-Control-Allow-Origin")).contains(ALLOWED_ORIGIN);
        assertThat(preflight.header("Access-Control-Allow-Methods").orElseThrow()).contains("GET", "POST");
        assertThat(preflight.header("Access-Control-Allow-Headers").orElseThrow()).contains("Content-Type");

        Api.Response menu = Api.anonymous().send("GET", MENU, null, Map.of("Origin", ALLOWED_ORIGIN));
        assertThat(menu.status()).isEqualTo(200);
        assertThat(menu.header("Access-Control-Allow-Origin")).contains(ALLOWED_ORIGIN);
        assertThat(menu.header("Access-Control-Expose-Headers").orElseThrow()).contains("ETag");
    }

    @Test
    @DisplayName("a preflight from any other origin, or for another clinic, is refused and answers get no CORS headers")
    void corsRefused() {
        Api.Response preflight = Api.anonymous().send("OPTIONS", MENU, null,
                Map.of("Origin", "https://evil.example", "Access-Control-Request-Method", "POST"));
        assertThat(preflight.status()).isEqualTo(403);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEmpty();
        Api.Response otherClinic = Api.anonymous().send("OPTIONS", "/api/public/" + Sessions.OTHER + "/treatments",
                null, Map.of("Origin", ALLOWED_ORIGIN, "Access-Control-Request-Method", "GET"));
        assertThat(otherClinic.status()).isEqualTo(403);
        Api.Response menu = Api.anonymous().send("GET", MENU, null, Map.of("Origin", "https://evil.example"));
        assertThat(menu.status()).isEqualTo(200);
        assertThat(menu.header("Access-Control-Allow-Origin")).isEmpty();
        Api.Response staff = Api.anonymous().send("OPTIONS", "/api/treatments", null,
                Map.of("Origin", ALLOWED_ORIGIN, "Access-Control-Request-Method", "GET"));
        assertThat(staff.header("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    @DisplayName("OPTIONS never answers Jersey's WADL, not even on a staff path without a token")
    void noWadl() {
        Api.Response options = Api.anonymous().send("OPTIONS", "/api/treatments", null, Map.of());
        assertThat(options.contentType()).doesNotContain("wadl");
        assertThat(options.body()).doesNotContain("<application", "wadl");
    }

    @Test
    @DisplayName("the public menu may be cached for a minute, and If-None-Match with its ETag answers 304")
    void conditionalGet() {
        Api.Response menu = Api.anonymous().get(MENU);
        assertThat(menu.status()).isEqualTo(200);
        assertThat(menu.header("Cache-Control").orElseThrow()).contains("public", "max-age=60");
        String etag = menu.header("ETag").orElseThrow();
        Api.Response again = Api.anonymous().send("GET", MENU, null, Map.of("If-None-Match", etag));
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.header("ETag")).contains(etag);
        Api.Response changed = Api.anonymous().send("GET", MENU, null, Map.of("If-None-Match", "\"other\""));
        assertThat(changed.status()).isEqualTo(200);
    }

    @Test
    @DisplayName("the public menu and the API description are gzip-compressed when the client accepts it")
    void gzip() throws Exception {
        HttpResponse<byte[]> menu = gzipGet(MENU);
        assertThat(menu.statusCode()).isEqualTo(200);
        assertThat(menu.headers().firstValue("Content-Encoding")).contains("gzip");
        JsonObject json = Json.createReader(gunzip(menu.body())).readObject();
        assertThat(json.getString("clinic")).isEqualTo(Sessions.DEMO);
        HttpResponse<byte[]> description = gzipGet("/openapi?format=json");
        assertThat(description.statusCode()).isEqualTo(200);
        assertThat(description.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(Json.createReader(gunzip(description.body())).readObject()).containsKey("paths");
        assertThat(Api.anonymous().get(MENU).header("Content-Encoding")).isEmpty();
    }

    private static HttpResponse<byte[]> gzipGet(String path) throws InterruptedException {
        try {
            return CLIENT.send(HttpRequest.newBuilder(RunningServer.get().base().resolve(path))
                    .timeout(Duration.ofSeconds(180)).header("Accept-Encoding", "gzip").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream gunzip(byte[] body) throws IOException {
        return new GZIPInputStream(new ByteArrayInputStream(body));
    }

    @Test
    @DisplayName("X-Request-Id is echoed when the caller sends a plain one, and generated otherwise")
    void requestId() {
        Api.Response echoed = Api.anonymous().send("GET", MENU, null, Map.of("X-Request-Id", "client-42.a_b"));
        assertThat(echoed.header("X-Request-Id")).contains("client-42.a_b");
        String generated = Api.anonymous().get(MENU).header("X-Request-Id").orElseThrow();
        assertThat(generated).matches("[0-9a-f-]{36}");
        Api.Response forged = Api.anonymous().send("GET", MENU, null, Map.of("X-Request-Id", "x\" injected=1"));
        assertThat(forged.header("X-Request-Id").orElseThrow()).doesNotContain("injected").matches("[0-9a-f-]{36}");
    }
}
