package com.laca.bootstrap.e2e;

import java.nio.file.Path;
import java.util.Map;

/**
 * The database an end-to-end run uses: a fresh PostgreSQL database when {@code LACA_TEST_DB_URL} is set (the
 * production set-up, with the application connecting as a role that owns no tables), otherwise embedded H2.
 */
public interface TestDatabase extends AutoCloseable {

    /** Settings passed to the server as system properties. */
    Map<String, String> serverSettings();

    boolean isPostgres();

    @Override
    void close();

    static TestDatabase create(Path dataDir) {
        String adminUrl = System.getenv("LACA_TEST_DB_URL");
        if (adminUrl == null || adminUrl.isBlank()) {
            System.out.println("[laca] LACA_TEST_DB_URL is not set: end-to-end tests run on embedded H2 only");
            return new EmbeddedH2(dataDir);
        }
        return PostgresTestServerDatabase.create();
    }

    /** The two databases the server runs on. */
    enum Kind { EMBEDDED_H2, POSTGRESQL }

    /** A database of the given kind; PostgreSQL skips the calling test when {@code LACA_TEST_DB_URL} is unset. */
    static TestDatabase create(Kind kind, Path dataDir) {
        return kind == Kind.EMBEDDED_H2 ? new EmbeddedH2(dataDir) : PostgresTestServerDatabase.create();
    }

    /**
     * The embedded default exactly as it ships: no URL is set, so the server opens {@code ./data/laca} under its
     * working directory, the run's data directory, with the default URL's settings.
     */
    record EmbeddedH2(Path dataDir) implements TestDatabase {

        @Override
        public Map<String, String> serverSettings() {
            return Map.of();
        }

        @Override
        public boolean isPostgres() {
            return false;
        }

        @Override
        public void close() {
            // the data directory is a temporary directory
        }
    }
}
