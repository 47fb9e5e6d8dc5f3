package com.laca.domain.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A document's SHA-256 proves it intact, or shows it altered")
class DocumentDigestTest {

    @Test
    @DisplayName("The digest of the same bytes verifies intact; one byte changed verifies altered")
    void verify() {
        byte[] document = "%PDF-1.7 consent".getBytes(StandardCharsets.US_ASCII);
        DocumentDigest digest = DocumentDigest.of(document);
        assertThat(digest.verify(document)).isEqualTo(DocumentDigest.Integrity.INTACT);
        document[5] ^= 0x01;
        assertThat(digest.verify(document)).isEqualTo(DocumentDigest.Integrity.ALTERED);
    }

    @Test
    @DisplayName("The digest is the standard SHA-256 (known answer for the empty document)")
    void knownAnswer() {
        assertThat(DocumentDigest.of(new byte[0]).hex())
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }
}
