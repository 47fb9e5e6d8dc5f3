package com.laca.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.domain.shared.TenantId;
import com.laca.domain.tenancy.Branding;
import com.laca.domain.tenancy.Tenant;
import com.laca.domain.tenancy.TenantSlug;
import com.laca.domain.tenancy.TenantStatus;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PageRendererTest {

    private final Tenant tenant = new Tenant(TenantId.random(), new TenantSlug("glow-clinic"), "Glow <Clinic>",
            ZoneId.of("Europe/London"), "GBP", TenantStatus.ACTIVE, 0);
    private final PageRenderer renderer = new PageRenderer("abc123");

    @Test
    @DisplayName("the booking page shows the clinic's name, colours and address in the HTML, escaped")
    void branded() {
        Branding branding = new Branding(tenant.id(), null, "https://cdn.example/logo.png", "#123456", null,
                "1 Milsom Street & Co", null, 1);

        String html = renderer.clinicPage(PageRequest.Kind.BOOK, tenant, branding, "/book/glow-clinic", "n0nce");

        assertThat(html).contains("Glow &lt;Clinic&gt;").doesNotContain("Glow <Clinic>")
                .contains("--primary:#123456").contains("<style nonce=\"n0nce\">")
                .contains("1 Milsom Street &amp; Co").contains("src=\"https://cdn.example/logo.png\"")
                .contains("data-page=\"book\"").contains("data-base=\"/book/glow-clinic\"")
                .contains("/assets/booking.js?v=abc123").contains("<h1 id=\"page-title\" tabindex=\"-1\">Book an appointment</h1>")
                .contains("lang=\"en-GB\"");
    }

    @Test
    @DisplayName("the pre-visit page is the clinic's page with its own script and heading")
    void preVisit() {
        Branding branding = new Branding(tenant.id(), null, null, "#123456", null, null, null, 1);

        String html = renderer.clinicPage(PageRequest.Kind.PRE_VISIT, tenant, branding, "/book/glow-clinic", "n");

        assertThat(html).contains("data-page=\"pre-visit\"").contains("/assets/previsit.js?v=abc123")
                .doesNotContain("booking.js").contains("<h1 id=\"page-title\" tabindex=\"-1\">Before your visit</h1>");
    }

    @Test
    @DisplayName("an unknown clinic gets a page that says so, with no script")
    void missing() {
        assertThat(renderer.notFound("n")).contains("Page not found").doesNotContain("<script");
    }

    @Test
    @DisplayName("only /book/{slug}, /book/{slug}/manage and /book/{slug}/pre-visit are clinic pages")
    void paths() {
        assertThat(PageRequest.parse("/book/glow-clinic")).contains(new PageRequest("glow-clinic",
                PageRequest.Kind.BOOK));
        assertThat(PageRequest.parse("/book/glow-clinic/manage")).contains(new PageRequest("glow-clinic",
                PageRequest.Kind.MANAGE));
        assertThat(PageRequest.parse("/book/glow-clinic/pre-visit")).contains(new PageRequest("glow-clinic",
                PageRequest.Kind.PRE_VISIT));
        assertThat(PageRequest.parse("/book/glow-clinic/pre-visit/x")).isEmpty();
        assertThat(PageRequest.parse("/book/Glow")).isEmpty();
        assertThat(PageRequest.parse("/book/glow/../../api")).isEmpty();
    }

    @Test
    @DisplayName("pages may run their own scripts and Stripe's, and inline style only with the request's nonce")
    void policy() {
        assertThat(PageHeadersFilter.policy("xyz")).contains("script-src 'self' https://js.stripe.com;")
                .contains("style-src 'self' 'nonce-xyz'").contains("default-src 'none'")
                .contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
    }

    @Test
    @DisplayName("the asset version follows the assets' content")
    void assetVersion() {
        String version = Assets.versionOf(path -> getClass().getResourceAsStream("/META-INF/resources" + path));
        assertThat(version).matches("[0-9a-f]+");
    }
}
