package com.laca.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A generated secret")
class GeneratedSecretTest {

    @TempDir
    Path dataDir;

    @Test
    @DisplayName("is 32 random bytes made once, readable by the owner only, and the same on every later start")
    void madeOnceAndKept() throws Exception {
        String first = GeneratedSecret.in(dataDir.toString(), "unsubscribe-secret");
        String again = GeneratedSecret.in(dataDir.toString(), "unsubscribe-secret");

        assertThat(Base64.getDecoder().decode(first)).hasSize(32);
        assertThat(again).isEqualTo(first);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                dataDir.resolve("keys").resolve("unsubscribe-secret")))).isEqualTo("rw-------");
        assertThat(GeneratedSecret.in(dataDir.toString(), "another")).isNotEqualTo(first);
    }
}
