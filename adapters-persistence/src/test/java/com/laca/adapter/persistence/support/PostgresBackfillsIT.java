package com.laca.adapter.persistence.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.adapter.persistence.testing.PostgresTestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Data migrations as production runs them: by an owner that is no superuser and is itself bound by row-level security,
 * which each backfill lifts for its own tables and then restores.
 */
@DisplayName("Backfills on PostgreSQL, run by an owner under row-level security")
class PostgresBackfillsIT implements BackfillFlows.Owner {

    private PostgresTestDatabase database;

    @BeforeEach
    void create() {
        database = PostgresTestDatabase.createOrSkip();
    }

    @AfterEach
    void drop() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    public DataSource dataSource() {
        return database.ownerDataSource();
    }

    @Override
    public String appRole() {
        return PostgresTestDatabase.APP_ROLE;
    }

    @Override
    public void actAs(Connection connection, String tenant) throws SQLException {
        try (PreparedStatement set = connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            set.setString(1, tenant);
            set.execute();
        }
    }

    /** The named tables on which row-level security is off or does not bind their owner, after every migration. */
    private List<String> unforcedAfterMigrating(List<String> tables) throws SQLException {
        new FlywayMigrator().migrate(database.ownerDataSource(), PostgresTestDatabase.APP_ROLE);
        List<String> unforced = new ArrayList<>();
        try (Connection connection = database.adminDataSource().getConnection();
             PreparedStatement select = connection.prepareStatement("select relname from pg_class where relname ="
                     + " any (?) and relkind = 'r' and not (relrowsecurity and relforcerowsecurity)")) {
            select.setArray(1, connection.createArrayOf("text", tables.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    unforced.add(rows.getString(1));
                }
            }
        }
        return unforced;
    }

    @Nested
    @DisplayName("Agreed terms of existing appointments (V38)")
    class AgreedTerms extends AgreedTermsBackfillFlows {

        @Override
        protected BackfillFlows.Owner database() {
            return PostgresBackfillsIT.this;
        }

        @Test
        @DisplayName("after the migrations the owner is bound by row-level security again on every table it used")
        void rowSecurityForcedAgain() throws SQLException {
            assertThat(unforcedAfterMigrating(List.of("appointments", "treatments", "booking_policies",
                    "payment_ledgers", "payment_ledger_entries"))).isEmpty();
        }
    }

    @Nested
    @DisplayName("Name words and their pairs of existing clients (V39, V40)")
    class NameWords extends NameWordsBackfillFlows {

        @Override
        protected BackfillFlows.Owner database() {
            return PostgresBackfillsIT.this;
        }

        @Test
        @DisplayName("after the migrations the owner is bound by row-level security again on every table it used")
        void rowSecurityForcedAgain() throws SQLException {
            assertThat(unforcedAfterMigrating(List.of("clients", "client_name_words", "client_name_word_pairs")))
                    .isEmpty();
        }
    }
}
