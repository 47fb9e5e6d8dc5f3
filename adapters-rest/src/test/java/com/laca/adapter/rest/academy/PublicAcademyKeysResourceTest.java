package com.laca.adapter.rest.academy;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.application.academy.port.in.CertificateCredentialsQuery;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The published academy key set may be cached once it has a key, never while it is empty")
class PublicAcademyKeysResourceTest {

    private Map<String, Object> published = Map.of("keys", List.of());
    private final PublicAcademyKeysResource resource = new PublicAcademyKeysResource();

    {
        resource.credentials = new CertificateCredentialsQuery() {
            @Override
            public Optional<String> credential(String tenantSlug, String typedCode) {
                return Optional.empty();
            }

            @Override
            public Optional<String> statusList(String tenantSlug, String typedCode, String purpose) {
                return Optional.empty();
            }

            @Override
            public Optional<Map<String, Object>> issuerKeys(String tenantSlug) {
                return Optional.of(published);
            }
        };
    }

    @Test
    @DisplayName("an empty set (the clinic has signed nothing yet) is not kept, so its first key is seen at once")
    void emptySetIsNotCached() {
        Response answer = resource.keys("glow");

        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(answer.getHeaderString("Cache-Control")).isEqualTo("no-cache");
    }

    @Test
    @DisplayName("a set with the clinic's key is kept for an hour")
    void keySetIsCached() {
        published = Map.of("keys", List.of(Map.of("kty", "RSA", "kid", "k1")));

        assertThat(resource.keys("glow").getHeaderString("Cache-Control")).isEqualTo("public, max-age=3600");
    }
}
