package com.laca.domain.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.domain.shared.TenantId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BrandingTest {

    private final TenantId tenant = TenantId.random();

    @Test
    @DisplayName("a clinic that chose nothing gets readable default colours and its own name")
    void defaults() {
        Branding branding = Branding.defaults(tenant);

        assertThat(branding.nameOr("Demo Clinic")).isEqualTo("Demo Clinic");
        assertThat(Branding.contrastWithWhite(branding.primaryColour())).isGreaterThanOrEqualTo(4.5);
        assertThat(Branding.contrastWithWhite(branding.accentColour())).isGreaterThanOrEqualTo(4.5);
        assertThat(branding.domain()).isEmpty();
    }

    @Test
    @DisplayName("a colour too light to carry white text is refused, so the page stays readable")
    void tooLight() {
        assertThatThrownBy(() -> new Branding(tenant, null, null, "#ffcc00", null, null, null, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("primaryColour is too light");
        assertThat(Branding.contrastWithWhite("#000000")).isEqualTo(21.0);
        assertThat(Branding.contrastWithWhite("#ffffff")).isEqualTo(1.0);
    }

    @Test
    @DisplayName("colours and domains are written the one way browsers compare them")
    void normalised() {
        Branding branding = new Branding(tenant, " Glow ", "https://cdn.example/logo.png", "#0B5D57", null,
                "1 Milsom Street, Bath", "Book.Demo-Clinic.TEST", 0);

        assertThat(branding.primaryColour()).isEqualTo("#0b5d57");
        assertThat(branding.displayName()).isEqualTo("Glow");
        assertThat(branding.customDomain()).isEqualTo("book.demo-clinic.test");
        assertThat(Branding.normaliseHost("Book.Demo-Clinic.test:8080")).isEqualTo("book.demo-clinic.test");
    }

    @Test
    @DisplayName("a logo must come over https and a domain must be a host name")
    void refusals() {
        assertThatThrownBy(() -> new Branding(tenant, null, "http://x.example/l.png", null, null, null, null, 0))
                .hasMessageContaining("logoUrl");
        assertThatThrownBy(() -> new Branding(tenant, null, null, null, null, null, "not a host", 0))
                .hasMessageContaining("customDomain");
        assertThatThrownBy(() -> new Branding(tenant, null, null, "teal", null, null, null, 0))
                .hasMessageContaining("primaryColour");
    }
}
