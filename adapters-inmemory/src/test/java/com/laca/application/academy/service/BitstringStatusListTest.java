package com.laca.application.academy.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BitstringStatusListTest {

    private static byte[] decoded(String encoded) throws Exception {
        assertThat(encoded).startsWith("u");
        try (var in = new GZIPInputStream(new ByteArrayInputStream(
                Base64.getUrlDecoder().decode(encoded.substring(1))))) {
            return in.readAllBytes();
        }
    }

    @Test
    @DisplayName("a status list is 131,072 bits, GZIP and multibase base64url; index 0 is the first byte's top bit")
    void encodesAsTheSpecificationSays() throws Exception {
        byte[] clear = decoded(CertificateCredentials.encodedList(false));
        byte[] set = decoded(CertificateCredentials.encodedList(true));

        assertThat(clear).hasSize(16_384).containsOnly(0);
        assertThat(set).hasSize(16_384);
        assertThat(set[0]).isEqualTo((byte) 0x80);
        assertThat(set).startsWith((byte) 0x80, (byte) 0);
        assertThat(CertificateCredentials.encodedList(true)).doesNotContain("=", "+", "/");
    }
}
