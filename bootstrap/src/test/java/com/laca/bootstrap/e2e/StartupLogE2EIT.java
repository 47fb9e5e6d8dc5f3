package com.laca.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** What an operator reads at start-up: no spurious configuration warnings, and the H2 the tests use (ADR 0009). */
@ExtendWith(RunningServer.class)
@DisplayName("The start-up log")
class StartupLogE2EIT {

    @Test
    @DisplayName("has no 'no value found' configuration warning but the data source class's, which must stay "
            + "without a default (LacaDataSource)")
    void noConfigurationWarnings() throws IOException {
        assertThat(Files.readString(RunningServer.get().log(), StandardCharsets.UTF_8).lines()
                .filter(line -> line.contains("no value found")))
                .allSatisfy(line -> assertThat(line).contains("'laca.db.datasource-class'"));
    }

    @Test
    @DisplayName("shows the embedded database running the H2 version the persistence tests use")
    void oneH2() throws IOException {
        String log = Files.readString(RunningServer.get().log(), StandardCharsets.UTF_8);
        if (!RunningServer.get().onPostgres()) {
            assertThat(log).contains("H2 2.2");
        }
    }
}
