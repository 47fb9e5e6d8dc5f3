package com.laca.adapter.notifications.unsubscribe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.application.notification.port.out.Subscriber;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.TenantId;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The signed unsubscribe links: they name their clinic and client, and nothing altered or forged is believed. */
@DisplayName("Signed unsubscribe links")
class HmacUnsubscribeLinksTest {

    private static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final URI BASE = URI.create("https://book.example/");

    private final HmacUnsubscribeLinks links = new HmacUnsubscribeLinks(KEY, BASE);
    private final TenantId tenant = TenantId.random();
    private final ClientId client = ClientId.random();

    @Test
    @DisplayName("A link made here reads back as its clinic and client, under /api/unsubscribe/")
    void roundTrip() {
        URI link = links.linkFor(tenant, client).orElseThrow();

        assertThat(link.toString()).startsWith("https://book.example/api/unsubscribe/");
        assertThat(links.read(token(link))).contains(new Subscriber(tenant, client));
    }

    @Test
    @DisplayName("A token with one character changed is not believed")
    void alteredTokenRefused() {
        String token = token(links.linkFor(tenant, client).orElseThrow());
        for (int i = 0; i < token.length(); i++) {
            char other = token.charAt(i) == 'A' ? 'B' : 'A';
            String altered = token.substring(0, i) + other + token.substring(i + 1);
            assertThat(links.read(altered)).as("changed at %d", i).isEmpty();
        }
    }

    @Test
    @DisplayName("A link made with another installation's key is not believed")
    void otherKeyRefused() {
        HmacUnsubscribeLinks elsewhere = new HmacUnsubscribeLinks(
                "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII), BASE);

        assertThat(links.read(token(elsewhere.linkFor(tenant, client).orElseThrow()))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "not base64 at all!", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"})
    @DisplayName("Garbage is not a link")
    void garbageRefused(String token) {
        assertThat(links.read(token)).isEmpty();
    }

    @Test
    @DisplayName("A key shorter than 32 bytes is refused")
    void shortKeyRefused() {
        assertThatThrownBy(() -> new HmacUnsubscribeLinks(new byte[31], BASE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String token(URI link) {
        return link.getPath().substring(HmacUnsubscribeLinks.PATH.length());
    }
}
