package com.laca.bootstrap;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The application's connection pool, managed by Payara and configured from MicroProfile Config; non-transactional
 * because the persistence adapter runs its own resource-local transactions (one per use case, bound to one tenant).
 */
@ApplicationScoped
@DataSourceDefinition(
        name = LacaDataSource.JNDI_NAME,
        className = "${MPCONFIG=laca.db.datasource-class}",
        url = "${MPCONFIG=laca.db.url}",
        user = "${MPCONFIG=laca.db.user}",
        password = "${MPCONFIG=laca.db.password}",
        transactional = false,
        initialPoolSize = 2,
        minPoolSize = 2,
        maxPoolSize = 32,
        maxIdleTime = 300)
public class LacaDataSource {

    /** Where the pool is bound. */
    public static final String JNDI_NAME = "java:app/jdbc/laca";
}
