package com.laca.adapter.persistence.support;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema to the latest version at start-up: the common migrations everywhere, then PostgreSQL's own
 * (row-level security, grants to the application role), run as the role that owns the tables.
 */
public final class FlywayMigrator {

    /** The application role the PostgreSQL migrations grant row access to when none is configured. */
    public static final String DEFAULT_APP_ROLE = "laca_app";

    private static final Pattern ROLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    /**
     * Migrates the database behind the owner data source.
     *
     * @param ownerDataSource connects as the role that owns (or will own) the tables
     * @param appRole         the existing role the application connects as; granted row access on PostgreSQL,
     *                        ignored on H2
     */
    /**
     * Migrates the database at a JDBC URL, connecting with the owner's credentials (not the application's pool).
     *
     * @param appRole the existing role the application connects as; granted row access on PostgreSQL
     */
    public void migrate(String jdbcUrl, String ownerUser, String ownerPassword, String appRole) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource owner = new PGSimpleDataSource();
            owner.setURL(jdbcUrl);
            owner.setUser(ownerUser);
            owner.setPassword(ownerPassword);
            migrate(owner, appRole);
        } else {
            JdbcDataSource owner = new JdbcDataSource();
            owner.setURL(jdbcUrl);
            owner.setUser(ownerUser);
            owner.setPassword(ownerPassword);
            migrate(owner, appRole);
        }
    }

    public void migrate(DataSource ownerDataSource, String appRole) {
        Objects.requireNonNull(ownerDataSource, "ownerDataSource");
        if (appRole == null || !ROLE_NAME.matcher(appRole).matches()) {
            throw new IllegalArgumentException("the application role must be a plain lower-case identifier");
        }
        DatabaseKind database = DatabaseKind.of(ownerDataSource);
        Flyway.configure(FlywayMigrator.class.getClassLoader())
                .dataSource(ownerDataSource)
                .locations("classpath:db/migration/common", database.migrationLocation())
                .placeholders(Map.of("appRole", appRole))
                .failOnMissingLocations(false)
                .load()
                .migrate();
    }
}
