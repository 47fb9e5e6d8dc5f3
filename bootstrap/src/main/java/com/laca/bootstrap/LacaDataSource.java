package com.laca.bootstrap;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's connection pool, managed by Payara and configured from MicroProfile Config; non-transactional
 * because the persistence adapter runs its own resource-local transactions (one per use case, bound to one tenant).
 * Payara first reads these values at deployment, before the WAR's own configuration is visible: the URL, user and
 * password placeholders therefore carry the embedded default after their colon (the same as
 * {@code microprofile-config.properties}); the class must not, because Payara keeps a class default for good and would
 * then open PostgreSQL with H2's data source, so its one "no value found" warning at deployment stays.
 */
@ApplicationScoped
@DataSourceDefinition(
        name = LacaDataSource.JNDI_NAME,
        className = "${MPCONFIG=laca.db.datasource-class}",
        url = "${MPCONFIG=laca.db.url:" + LacaDataSource.EMBEDDED_URL + "}",
        user = "${MPCONFIG=laca.db.user:" + LacaDataSource.EMBEDDED_USER + "}",
        password = "${MPCONFIG=laca.db.password:" + LacaDataSource.EMBEDDED_PASSWORD + "}",
        transactional = false,
        initialPoolSize = 2,
        minPoolSize = 2,
        maxPoolSize = LacaDataSource.MAX_POOL_SIZE,
        maxIdleTime = 300)
public class LacaDataSource {

    /** Where the pool is bound. */
    public static final String JNDI_NAME = "java:app/jdbc/laca";
    /** The most connections the pool opens (published as a metric next to the connections in use). */
    public static final int MAX_POOL_SIZE = 32;

    /** The embedded defaults, as {@code META-INF/microprofile-config.properties} states them (LacaDataSourceTest). */
    static final String EMBEDDED_URL = "jdbc:h2:file:./data/laca;DB_CLOSE_ON_EXIT=FALSE;LOCK_TIMEOUT=10000;WRITE_DELAY=0";
    static final String EMBEDDED_USER = "laca";
    static final String EMBEDDED_PASSWORD = "laca-embedded";
}
