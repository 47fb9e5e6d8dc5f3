package com.laca.adapter.persistence.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.adapter.persistence.testing.PostgresTestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The backfill as production runs it: migrated by an owner that is no superuser and is itself bound by row-level
 * security, which V38 lifts for the backfill and V38_1_1 restores.
 */
@DisplayName("Agreed terms of existing appointments, filled on PostgreSQL by an owner under row-level security")
class PostgresAgreedTermsBackfillIT extends AgreedTermsBackfillFlows {

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
    protected DataSource owner() {
        return database.ownerDataSource();
    }

    @Override
    protected String appRole() {
        return PostgresTestDatabase.APP_ROLE;
    }

    @Override
    protected void actAs(Connection connection, String tenant) throws SQLException {
        try (PreparedStatement set = connection.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
            set.setString(1, tenant);
            set.execute();
        }
    }

    @Test
    @DisplayName("after the migrations the owner is bound by row-level security again on every table the backfill used")
    void rowSecurityForcedAgain() throws SQLException {
        new FlywayMigrator().migrate(owner(), appRole());

        List<String> unforced = new ArrayList<>();
        try (Connection connection = database.adminDataSource().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select relname from pg_class where relname in ('appointments',"
                     + " 'treatments', 'booking_policies', 'payment_ledgers', 'payment_ledger_entries')"
                     + " and relkind = 'r' and not (relrowsecurity and relforcerowsecurity)")) {
            while (rows.next()) {
                unforced.add(rows.getString(1));
            }
        }
        assertThat(unforced).isEmpty();
    }
}
