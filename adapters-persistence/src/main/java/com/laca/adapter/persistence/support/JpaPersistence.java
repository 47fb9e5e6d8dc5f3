package com.laca.adapter.persistence.support;

import com.laca.domain.shared.TenantId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;

/**
 * Creates the {@code laca} persistence unit over a given data source, so the container's pool in Payara and a plain
 * test data source run exactly the same mapping; the unit lives in {@value #PERSISTENCE_XML} so the container never
 * deploys it on its own.
 */
public final class JpaPersistence implements AutoCloseable {

    static final String PERSISTENCE_UNIT = "laca";
    static final String PERSISTENCE_XML = "META-INF/laca-persistence.xml";
    /** The EclipseLink multitenancy context property every tenant-owned entity is discriminated by. */
    static final String TENANT_PROPERTY = "laca.tenant-id";

    private final EntityManagerFactory factory;
    private final DatabaseKind database;

    /**
     * Opens the persistence unit on the data source, which must reach an H2 or PostgreSQL database that writes a
     * commit before confirming it.
     */
    public JpaPersistence(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        this.database = DatabaseKind.of(dataSource);
        database.requireDurableCommits(dataSource);
        Map<String, Object> properties = new HashMap<>();
        properties.put(PersistenceUnitProperties.ECLIPSELINK_PERSISTENCE_XML, PERSISTENCE_XML);
        properties.put(PersistenceUnitProperties.NON_JTA_DATASOURCE, dataSource);
        properties.put(PersistenceUnitProperties.TARGET_DATABASE, database.eclipseLinkPlatform());
        properties.put(PersistenceUnitProperties.CLASSLOADER, JpaPersistence.class.getClassLoader());
        this.factory = new PersistenceProvider().createEntityManagerFactory(PERSISTENCE_UNIT, properties);
        if (factory == null) {
            throw new IllegalStateException("persistence unit " + PERSISTENCE_UNIT + " not in " + PERSISTENCE_XML);
        }
    }

    /** An entity manager that sees only the tenant's rows, or, for {@code null}, platform tables only. */
    EntityManager createEntityManager(TenantId tenant) {
        return tenant == null ? factory.createEntityManager()
                : factory.createEntityManager(Map.of(TENANT_PROPERTY, tenant.toString()));
    }

    public boolean isPostgreSql() {
        return database == DatabaseKind.POSTGRESQL;
    }

    @Override
    public void close() {
        factory.close();
    }
}
