package com.laca.adapter.persistence.testing;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh PostgreSQL database per test class, owned by {@value #OWNER_ROLE} and used by {@value #APP_ROLE}, so tests
 * exercise the production set-up (row-level security, an application role that owns nothing) and never share state.
 *
 * <p>Reads {@value #URL_VARIABLE} (an admin connection, e.g. {@code jdbc:postgresql://127.0.0.1:5432/postgres}),
 * {@value #USER_VARIABLE} (default {@code postgres}) and {@value #PASSWORD_VARIABLE} (default empty); the two roles get
 * the password in {@value #ROLE_PASSWORD_VARIABLE} if set, otherwise none (the server must then trust them).
 */
public final class PostgresTestDatabase implements AutoCloseable {

    public static final String URL_VARIABLE = "LACA_TEST_DB_URL";
    public static final String USER_VARIABLE = "LACA_TEST_DB_USER";
    public static final String PASSWORD_VARIABLE = "LACA_TEST_DB_PASSWORD";
    public static final String ROLE_PASSWORD_VARIABLE = "LACA_TEST_ROLE_PASSWORD";
    public static final String OWNER_ROLE = "laca_owner";
    public static final String APP_ROLE = "laca_app";

    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(\\?.*)?");

    private final String adminUrl;
    private final String adminUser;
    private final String adminPassword;
    private final String rolePassword;
    private final String databaseName;
    private final String jdbcUrl;

    private PostgresTestDatabase(String adminUrl, String adminUser, String adminPassword, String rolePassword) {
        Matcher matcher = URL.matcher(adminUrl);
        if (!matcher.matches()) {
            throw new IllegalArgumentException(URL_VARIABLE + " must look like jdbc:postgresql://host:port/database");
        }
        this.adminUrl = adminUrl;
        this.adminUser = adminUser;
        this.adminPassword = adminPassword;
        this.rolePassword = rolePassword;
        this.databaseName = "laca_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        this.jdbcUrl = matcher.group(1) + databaseName + (matcher.group(3) == null ? "" : matcher.group(3));
        create();
    }

    /** Whether {@value #URL_VARIABLE} is set, i.e. PostgreSQL tests should run. */
    public static boolean isConfigured() {
        return variable(URL_VARIABLE, null) != null;
    }

    /**
     * Creates the roles if missing and a fresh database; when {@value #URL_VARIABLE} is unset, prints why and aborts
     * the calling test or class as skipped (a JUnit assumption), so a build without PostgreSQL still passes visibly.
     */
    public static PostgresTestDatabase createOrSkip() {
        if (!isConfigured()) {
            String message = "PostgreSQL tests SKIPPED: set " + URL_VARIABLE
                    + " (e.g. jdbc:postgresql://127.0.0.1:5432/postgres) to run them";
            System.out.println(message);
            Assumptions.abort(message);
        }
        return new PostgresTestDatabase(variable(URL_VARIABLE, null), variable(USER_VARIABLE, "postgres"),
                variable(PASSWORD_VARIABLE, ""), variable(ROLE_PASSWORD_VARIABLE, null));
    }

    /** The fresh database's JDBC URL. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    public String databaseName() {
        return databaseName;
    }

    /** Connects to the fresh database as {@value #OWNER_ROLE}, the role migrations run as. */
    public DataSource ownerDataSource() {
        return dataSource(jdbcUrl, OWNER_ROLE, rolePassword);
    }

    /** Connects to the fresh database as {@value #APP_ROLE}, the role the application runs as. */
    public DataSource appDataSource() {
        return dataSource(jdbcUrl, APP_ROLE, rolePassword);
    }

    /** Connects to the fresh database as the admin, to inspect it past row-level security. */
    public DataSource adminDataSource() {
        return dataSource(jdbcUrl, adminUser, adminPassword);
    }

    /** Drops the database, closing any connections still open to it. */
    @Override
    public void close() {
        execute("drop database if exists " + databaseName + " with (force)");
    }

    private void create() {
        createRole(OWNER_ROLE, "login nosuperuser nocreatedb nocreaterole");
        createRole(APP_ROLE, "login nosuperuser nocreatedb nocreaterole nobypassrls");
        execute("create database " + databaseName + " owner " + OWNER_ROLE);
    }

    /** Creates the role or, if another build already did, brings its attributes to what the tests rely on. */
    private void createRole(String role, String attributes) {
        String password = rolePassword == null ? "" : " password '" + rolePassword.replace("'", "''") + "'";
        execute("do $$ begin create role " + role + "; exception when duplicate_object then null; end $$");
        execute("alter role " + role + " " + attributes + password);
    }

    private void execute(String sql) {
        try (Connection connection = dataSource(adminUrl, adminUser, adminPassword).getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test set-up failed: " + sql.split(" password ")[0], e);
        }
    }

    private static DataSource dataSource(String url, String user, String password) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url);
        dataSource.setUser(user);
        if (password != null && !password.isEmpty()) {
            dataSource.setPassword(password);
        }
        return dataSource;
    }

    private static String variable(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
