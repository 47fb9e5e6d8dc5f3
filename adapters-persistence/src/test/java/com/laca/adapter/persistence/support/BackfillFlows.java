package com.laca.adapter.persistence.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

/**
 * What every test of a data migration needs: the schema as it stood just before the migration, rows written there as
 * the owner acting for a tenant, then every migration run as the application runs them.
 */
abstract class BackfillFlows {

    /** The database a data migration is tested on, as the role that owns the tables and runs the migrations. */
    interface Owner {

        /** The database, reached as the owner. */
        DataSource dataSource();

        /** The role the application connects as, which the PostgreSQL migrations grant to. */
        String appRole();

        /** Makes the rest of the connection's transaction the tenant's, as row-level security requires of the owner. */
        void actAs(Connection connection, String tenant) throws SQLException;
    }

    /** The database under test. */
    protected abstract Owner database();

    protected DataSource owner() {
        return database().dataSource();
    }

    protected String appRole() {
        return database().appRole();
    }

    private Flyway flyway(MigrationVersion target) {
        return Flyway.configure(getClass().getClassLoader()).dataSource(owner())
                .locations("classpath:db/migration/common", DatabaseKind.of(owner()).migrationLocation())
                .placeholders(Map.of("appRole", appRole())).failOnMissingLocations(false).target(target).load();
    }

    /** Migrates to the last version before {@code version}, whatever other versions exist by then. */
    protected void migrateToJustBefore(MigrationVersion version) {
        MigrationVersion before = Arrays.stream(flyway(MigrationVersion.LATEST).info().all())
                .map(MigrationInfo::getVersion).filter(known -> known.compareTo(version) < 0)
                .max(Comparator.naturalOrder()).orElseThrow();
        flyway(before).migrate();
    }

    /** Work on one connection, in one transaction. */
    protected interface Work {
        void run(Connection connection) throws SQLException;
    }

    /** Runs {@code work} as the owner acting for {@code tenant}, and commits it. */
    protected void inTenant(String tenant, Work work) throws SQLException {
        try (Connection connection = owner().getConnection()) {
            connection.setAutoCommit(false);
            database().actAs(connection, tenant);
            work.run(connection);
            connection.commit();
        }
    }

    protected static void update(Connection connection, String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 1, values[i]);
            }
            statement.executeUpdate();
        }
    }
}
