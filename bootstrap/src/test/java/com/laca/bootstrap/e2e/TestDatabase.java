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

    /** The embedded default: an H2 file database in the run's data directory. */
    record EmbeddedH2(Path dataDir) implements TestDatabase {

        @Override
        public Map<String, String> serverSettings() {
            return Map.of("laca.db.url", "jdbc:h2:file:" + dataDir.resolve("data/laca") + ";DB_CLOSE_ON_EXIT=FALSE");
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
