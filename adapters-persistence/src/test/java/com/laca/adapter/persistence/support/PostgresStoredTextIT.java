package com.laca.adapter.persistence.support;

import com.laca.adapter.persistence.testing.PostgresTestDatabase;
import com.laca.application.shared.PersistencePorts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Rows with text the rules refuse, read back on PostgreSQL as the application role, under row-level security; the
 * rows are written as the administrator, past row-level security, as a hand-made fix would be.
 */
class PostgresStoredTextIT extends StoredTextFlows {

    private static PostgresTestDatabase database;
    private static JpaPersistencePorts adapter;

    @BeforeAll
    static void migrate() {
        database = PostgresTestDatabase.createOrSkip();
        new FlywayMigrator().migrate(database.ownerDataSource(), PostgresTestDatabase.APP_ROLE);
        adapter = new JpaPersistencePorts(database.appDataSource());
    }

    @AfterAll
    static void drop() {
        if (adapter != null) {
            adapter.close();
        }
        if (database != null) {
            database.close();
        }
    }

    @Override
    PersistencePorts ports() {
        return adapter;
    }

    @Override
    void writeBehindTheApplication(String sql, String... values) {
        try (Connection connection = database.adminDataSource().getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
