package com.laca.adapter.persistence.support;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The adapter opens only a database that has written a commit by the time it confirms it. */
class DurableCommitsTest {

    private static JdbcDataSource h2(String url) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL(url);
        dataSource.setUser("laca");
        dataSource.setPassword("laca");
        return dataSource;
    }

    @Test
    @DisplayName("an H2 file database with H2's default write delay is refused, naming the setting that fixes it")
    void refusesDelayedWrites(@TempDir Path dir) {
        JdbcDataSource delayed = h2("jdbc:h2:file:" + dir.resolve("delayed") + ";DB_CLOSE_DELAY=-1");

        assertThatThrownBy(() -> new JpaPersistence(delayed).close()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("WRITE_DELAY=0");
    }

    @Test
    @DisplayName("an H2 file database opened with WRITE_DELAY=0, and an in-memory one, are accepted")
    void acceptsDurableCommits(@TempDir Path dir) {
        assertThatCode(() -> new JpaPersistence(h2("jdbc:h2:file:" + dir.resolve("durable")
                + ";DB_CLOSE_DELAY=-1;WRITE_DELAY=0")).close()).doesNotThrowAnyException();
        assertThatCode(() -> new JpaPersistence(h2("jdbc:h2:mem:durable-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1"))
                .close()).doesNotThrowAnyException();
    }
}
