package com.laca.domain.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.DisplayName;

@DisplayName("Tenant slugs in URLs")
class TenantSlugTest {

    @ParameterizedTest(name = "\"{0}\" is accepted")
    @ValueSource(strings = {"demo-clinic", "abc", "clinic-2", "a1b2c3"})
    @DisplayName("Lower-case words joined by single hyphens are accepted")
    void accepted(String slug) {
        assertThat(TenantSlug.isValid(slug)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"", "ab", "Demo", "-demo", "demo-", "demo--clinic", "demo clinic", "demo/../x"})
    @DisplayName("Short, upper-case, hyphen-edged or path-like slugs are refused")
    void refused(String slug) {
        assertThat(TenantSlug.isValid(slug)).isFalse();
    }
}
