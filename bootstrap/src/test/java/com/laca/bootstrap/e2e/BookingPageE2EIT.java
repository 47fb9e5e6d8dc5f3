package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The booking page as HTTP sees it (issue 15): served by the application with the clinic's branding, a content
 * security policy that lets it run its own scripts only, cacheable assets, the public clinic endpoint it reads, the
 * branding settings it shows, and a clinic's own domain opening it at {@code /}.
 */
@ExtendWith(RunningServer.class)
@DisplayName("Booking page, branding and custom domain over HTTP")
class BookingPageE2EIT {

    @Test
    @DisplayName("the booking page is HTML with the clinic's name and a policy allowing only its own scripts")
    void page() {
        Api.Response page = Api.anonymous().send("GET", "/book/demo-clinic", null, Map.of("Accept", "text/html"));

        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.body()).contains("data-slug=\"demo-clinic\"").contains("Book an appointment");
        String policy = page.header("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("script-src 'self' https://js.stripe.com").contains("style-src 'self' 'nonce-")
                .doesNotContain("unsafe-inline");
        String nonce = policy.replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertThat(page.body()).contains("<style nonce=\"" + nonce + "\">");
        assertThat(page.header("Cache-Control")).contains("no-store");
        assertThat(page.header("X-Content-Type-Options")).contains("nosniff");
    }

    @Test
    @DisplayName("an unknown clinic's page is a plain 404 page, and the manage page exists")
    void unknownAndManage() {
        Api.Response missing = Api.anonymous().send("GET", "/book/no-such-clinic", null, Map.of());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("Page not found");

        Api.Response manage = Api.anonymous().send("GET", "/book/demo-clinic/manage", null, Map.of());
        assertThat(manage.status()).isEqualTo(200);
        assertThat(manage.body()).contains("data-page=\"manage\"");
    }

    @Test
    @DisplayName("assets are served from the WAR, versioned ones cached for a year")
    void assets() {
        Api.Response script = Api.anonymous().send("GET", "/assets/booking.js?v=1", null, Map.of());

        assertThat(script.status()).isEqualTo(200);
        assertThat(script.contentType()).contains("javascript");
        assertThat(script.header("Cache-Control")).contains("public, max-age=31536000, immutable");
        assertThat(Api.anonymous().get("/assets/site.css").header("Cache-Control")).contains("public, max-age=300");
    }

    @Test
    @DisplayName("the public clinic endpoint names the clinic, its locations, practitioners and cancellation terms")
    void publicClinic() {
        Api.Response clinic = Api.anonymous().get("/api/public/demo-clinic/clinic");

        assertThat(clinic.status()).as(clinic.toString()).isEqualTo(200);
        JsonObject json = clinic.json();
        assertThat(json.getString("slug")).isEqualTo("demo-clinic");
        assertThat(json.getString("primaryColour")).matches("#[0-9a-f]{6}");
        assertThat(json.getJsonArray("locations")).isNotEmpty();
        assertThat(json.getJsonArray("locations").getJsonObject(0).getString("zone")).isEqualTo("Europe/London");
        assertThat(json.getJsonArray("practitioners")).isNotEmpty();
        assertThat(json.getJsonNumber("freeCancellationHours").longValue()).isNotNegative();
        assertThat(Api.anonymous().get("/api/public/no-such-clinic/clinic").status()).isEqualTo(404);
        assertThat(Api.anonymous().get("/api/public/demo-clinic/treatments").json().getJsonArray("items")
                .getJsonObject(0).containsKey("depositMinorUnits")).isTrue();
    }

    @Test
    @DisplayName("front desk may read the branding but not change it; the owner changes it with If-Match")
    void brandingSettings() {
        Api desk = Api.withToken(Sessions.newDemoStaff(Set.of("FRONTDESK")));
        Api.Response read = desk.get("/api/settings/branding");
        assertThat(read.status()).isEqualTo(200);
        String body = "{\"displayName\": \"Demo Aesthetics\", \"primaryColour\": \"#0b5d57\"}";
        assertThat(desk.put("/api/settings/branding", body, Map.of("If-Match", read.header("ETag").orElseThrow()))
                .status()).isEqualTo(403);

        Api owner = Api.withToken(Sessions.demoOwner());
        assertThat(owner.put("/api/settings/branding", body, Map.of()).status()).isEqualTo(428);
        assertThat(owner.put("/api/settings/branding", "{\"primaryColour\": \"#ffff00\"}",
                Map.of("If-Match", owner.get("/api/settings/branding").header("ETag").orElseThrow())).status())
                .as("too light for white text").isEqualTo(400);
    }

    @Test
    @DisplayName("a clinic's own domain opens its booking page at / and its manage page at /manage")
    void customDomain() {
        Api owner = Api.withToken(Sessions.demoOwner());
        Api.Response read = owner.get("/api/settings/branding");
        JsonObject current = read.json();
        String body = "{\"displayName\": %s, \"primaryColour\": \"%s\", \"accentColour\": \"%s\", \"customDomain\": \"book.demo-clinic.test\"}"
                .formatted(current.getString("displayName", null) == null ? "null"
                                : "\"" + current.getString("displayName") + "\"",
                        current.getString("primaryColour"), current.getString("accentColour"));
        Api.Response saved = owner.put("/api/settings/branding", body,
                Map.of("If-Match", read.header("ETag").orElseThrow()));
        assertThat(saved.status()).as(saved.toString()).isEqualTo(200);

        RawHttp.Answer root = RawHttp.exchange(RunningServer.get().base(), "GET / HTTP/1.1\r\nHost: "
                + "Book.Demo-Clinic.test:8080\r\nConnection: close\r\n\r\n", Duration.ofSeconds(20));
        assertThat(root.status()).as(root.toString()).isEqualTo(200);
        assertThat(root.body()).contains("data-slug=\"demo-clinic\"").contains("data-base=\"\"");
        assertThat(root.header("content-security-policy")).hasValueSatisfying(p -> assertThat(p).contains("nonce-"));
        RawHttp.Answer manage = RawHttp.exchange(RunningServer.get().base(), "GET /manage HTTP/1.1\r\nHost: "
                + "book.demo-clinic.test\r\nConnection: close\r\n\r\n", Duration.ofSeconds(20));
        assertThat(manage.body()).contains("data-page=\"manage\"");
        RawHttp.Answer other = RawHttp.exchange(RunningServer.get().base(), "GET / HTTP/1.1\r\nHost: "
                + "elsewhere.test\r\nConnection: close\r\n\r\n", Duration.ofSeconds(20));
        assertThat(other.status()).isEqualTo(404);
    }
}
