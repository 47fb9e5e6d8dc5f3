package com.laca.adapter.persistence.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;

/** The databases the adapter supports; PostgreSQL gets row-level security, H2 is the embedded default. */
enum DatabaseKind {
    H2("h2", "org.eclipse.persistence.platform.database.H2Platform"),
    POSTGRESQL("postgresql", "org.eclipse.persistence.platform.database.PostgreSQLPlatform");

    private final String migrationFolder;
    private final String eclipseLinkPlatform;

    DatabaseKind(String migrationFolder, String eclipseLinkPlatform) {
        this.migrationFolder = migrationFolder;
        this.eclipseLinkPlatform = eclipseLinkPlatform;
    }

    /** Asks the database behind the data source what it is; anything but H2 or PostgreSQL is refused. */
    static DatabaseKind of(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            if (product.contains("postgresql")) {
                return POSTGRESQL;
            }
            if (product.equals("h2")) {
                return H2;
            }
            throw new IllegalArgumentException("unsupported database: " + product);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database to find out what it is", e);
        }
    }

    /** The Flyway location holding this database's own migrations, after the common ones. */
    String migrationLocation() {
        return "classpath:db/migration/" + migrationFolder;
    }

    String eclipseLinkPlatform() {
        return eclipseLinkPlatform;
    }
}
