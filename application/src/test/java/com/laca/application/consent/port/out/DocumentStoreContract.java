package com.laca.application.consent.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.domain.shared.TenantId;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What every {@link DocumentStore} must do; each adapter's test extends this. */
public abstract class DocumentStoreContract {

    protected abstract DocumentStore store();

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    @DisplayName("A stored document is read back byte for byte")
    void roundTrip() {
        DocumentKey key = new DocumentKey(TenantId.random(), "consents/abc.pdf");
        store().put(key, bytes("%PDF-1.7 one"));
        assertThat(store().get(key)).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes("%PDF-1.7 one")));
    }

    @Test
    @DisplayName("An unknown key reads as empty")
    void missing() {
        assertThat(store().get(new DocumentKey(TenantId.random(), "consents/none.pdf"))).isEmpty();
    }

    @Test
    @DisplayName("A key is never overwritten")
    void writeOnce() {
        DocumentKey key = new DocumentKey(TenantId.random(), "consents/once.pdf");
        store().put(key, bytes("first"));
        assertThatThrownBy(() -> store().put(key, bytes("second"))).isInstanceOf(DocumentExistsException.class);
        assertThat(store().get(key)).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes("first")));
    }

    @Test
    @DisplayName("The same name under two tenants names two documents")
    void tenantsApart() {
        DocumentKey a = new DocumentKey(TenantId.random(), "consents/same.pdf");
        DocumentKey b = new DocumentKey(TenantId.random(), "consents/same.pdf");
        store().put(a, bytes("a"));
        assertThat(store().get(b)).isEmpty();
    }

    @Test
    @DisplayName("A deleted document reads as empty, deleting it again is no error, and the same name elsewhere stays")
    void delete() {
        DocumentKey key = new DocumentKey(TenantId.random(), "photos/gone.jpg");
        DocumentKey other = new DocumentKey(TenantId.random(), "photos/gone.jpg");
        store().put(key, bytes("jpeg"));
        store().put(other, bytes("jpeg"));

        store().delete(key);
        store().delete(key);

        assertThat(store().get(key)).isEmpty();
        assertThat(store().get(other)).isPresent();
        store().delete(new DocumentKey(TenantId.random(), "photos/never.jpg"));
    }

    @Test
    @DisplayName("A name that climbs out (.., absolute, backslash, empty segment) is not a key at all")
    void escapingNames() {
        for (String name : new String[] {"../x.pdf", "a/../../x", "/etc/passwd", "a\\b", "a//b", ".hidden", "", "a/.."}) {
            assertThatThrownBy(() -> new DocumentKey(TenantId.random(), name)).as(name)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
