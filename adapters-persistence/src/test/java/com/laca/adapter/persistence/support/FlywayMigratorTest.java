package com.laca.adapter.persistence.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The migrator builds the schema once on H2, is a no-op the second time, and refuses a role name it cannot quote. */
class FlywayMigratorTest {

    private static JdbcDataSource freshH2() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:migrator-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        return dataSource;
    }

    @Test
    @DisplayName("migrating twice applies the common migrations once and nothing PostgreSQL-only")
    void idempotent() throws SQLException {
        JdbcDataSource dataSource = freshH2();

        new FlywayMigrator().migrate(dataSource, FlywayMigrator.DEFAULT_APP_ROLE);
        new FlywayMigrator().migrate(dataSource, FlywayMigrator.DEFAULT_APP_ROLE);

        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "select \"version\" from \"flyway_schema_history\" where \"version\" is not null")) {
            List<String> versions = new ArrayList<>();
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
            assertThat(versions).containsExactly("1", "2", "3", "4", "6.1", "7.1", "10.1", "10.2", "11.1", "11.2", "11.3", "11.4", "12.1", "14.1", "14.2", "15.1", "17.1", "18.1", "18.2", "19.1", "20.1", "21.1", "21.2", "23.1", "24.1", "24.2", "24.3", "25.1", "26.1", "26.2", "27.1", "29.1", "29.2", "30.1", "30.2", "31.1", "32.1", "33.1", "34", "38.1", "39.1", "40", "40.1.1", "40.1.2");
        }
    }

    @Test
    @DisplayName("an application role that is not a plain identifier is refused before anything runs")
    void refusesOddRoleNames() {
        JdbcDataSource dataSource = freshH2();

        assertThatThrownBy(() -> new FlywayMigrator().migrate(dataSource, "laca_app; drop table tenants"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FlywayMigrator().migrate(dataSource, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
