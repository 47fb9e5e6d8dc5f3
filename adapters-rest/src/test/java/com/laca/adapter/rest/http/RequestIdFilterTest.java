package com.laca.adapter.rest.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The request's correlation id")
class RequestIdFilterTest {

    @Test
    @DisplayName("keeps a plain id the caller sends")
    void keepsPlainId() {
        assertThat(RequestIdFilter.idOf("client-42.a_b")).isEqualTo("client-42.a_b");
    }

    @Test
    @DisplayName("replaces a missing or forged id with a new random UUID, a different one each time")
    void generatesRandomUuids() {
        Set<String> seen = new HashSet<>();
        for (String offered : new String[] {null, "", "x\" injected=1", "a".repeat(65)}) {
            String id = RequestIdFilter.idOf(offered);
            UUID uuid = UUID.fromString(id);
            assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
            assertThat(uuid.version()).isEqualTo(4);
            assertThat(uuid.variant()).isEqualTo(2);
            seen.add(id);
        }
        assertThat(seen).hasSize(4);
    }
}
