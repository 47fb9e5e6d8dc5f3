package com.laca.adapter.persistence.support;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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

    /**
     * Refuses an H2 database that confirms a commit before writing it: H2's default {@code WRITE_DELAY} of 500 ms
     * means a crash loses the bookings of the last half second although their clients were answered 201, and their
     * slots can then be sold twice. (An in-memory database reports 0: it has nothing to write.)
     */
    void requireDurableCommits(DataSource dataSource) {
        if (this != H2) {
            return;
        }
        int writeDelay;
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet setting = statement.executeQuery(
                     "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            writeDelay = setting.next() ? Integer.parseInt(setting.getString(1).trim()) : 0;
        } catch (SQLException | NumberFormatException e) {
            throw new IllegalStateException("cannot read H2's WRITE_DELAY setting", e);
        }
        if (writeDelay != 0) {
            throw new IllegalStateException("the H2 database writes commits up to " + writeDelay
                    + " ms after confirming them, so a crash would lose confirmed bookings: add ;WRITE_DELAY=0 to"
                    + " its JDBC URL");
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
