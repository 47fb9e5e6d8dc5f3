package com.laca.adapter.persistence.clinic;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaPersistence;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.adapter.persistence.support.PersistenceErrors;
import com.laca.application.clinic.port.out.ReferenceDataVersion;
import java.util.List;
import java.util.Objects;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;

/**
 * Keeps each tenant's reference data version as its one row of {@code reference_versions}; a bump is one atomic
 * {@code version = version + 1}, and the first one an upsert, so concurrent changes never lose a step or fail with a
 * duplicate key.
 */
public final class JpaReferenceDataVersion extends JpaRepositorySupport implements ReferenceDataVersion {

    private static final String KIND = "reference data version";
    private static final String SELECT = "select version from reference_versions where tenant_id = ?1";
    private static final String INCREMENT =
            "update reference_versions set version = version + 1 where tenant_id = ?1";
    private static final String POSTGRESQL_UPSERT = """
            insert into reference_versions (tenant_id, version) values (?1, 1)
            on conflict (tenant_id) do update set version = reference_versions.version + 1""";
    private static final String H2_UPSERT = """
            merge into reference_versions t using (select cast(?1 as varchar(36)) as tenant_id) s
            on t.tenant_id = s.tenant_id
            when matched then update set version = t.version + 1
            when not matched then insert (tenant_id, version) values (s.tenant_id, 1)""";

    private final String upsert;

    public JpaReferenceDataVersion(JpaPersistence persistence, CurrentEntityManager current) {
        super(current);
        this.upsert = Objects.requireNonNull(persistence, "persistence").isPostgreSql() ? POSTGRESQL_UPSERT : H2_UPSERT;
    }

    /**
     * Read with native SQL, which EclipseLink refuses for reads unless allowed per query (its guard for multitenant
     * entities), and which is safe here as the query names the tenant itself; a native read also never meets a stale
     * entity cache.
     */
    @Override
    public long current() {
        List<?> rows = tenantEm().createNativeQuery(SELECT)
                .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, HintValues.TRUE)
                .setParameter(1, tenant().toString())
                .getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
    }

    @Override
    public void bump() {
        String tenant = tenant().toString();
        try {
            if (tenantEm().createNativeQuery(INCREMENT).setParameter(1, tenant).executeUpdate() == 0) {
                tenantEm().createNativeQuery(upsert).setParameter(1, tenant).executeUpdate();
            }
        } catch (RuntimeException e) {
            throw PersistenceErrors.translate(e, KIND, tenant, "the reference data version could not be moved on");
        }
    }
}
