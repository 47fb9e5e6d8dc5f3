package com.laca.adapter.persistence.support;

import com.laca.domain.shared.TenantId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.eclipse.persistence.internal.sessions.RepeatableWriteUnitOfWork;
import org.eclipse.persistence.internal.sessions.UnitOfWorkChangeSet;

/**
 * What every repository shares: the running transaction's entity manager and a flush that reports failures as port
 * exceptions at the call that caused them, not later at commit.
 */
public abstract class JpaRepositorySupport {

    private final CurrentEntityManager current;

    protected JpaRepositorySupport(CurrentEntityManager current) {
        this.current = Objects.requireNonNull(current, "current");
    }

    /** The entity manager for tenant-owned entities; fails in platform work. */
    protected final EntityManager tenantEm() {
        return current.tenantEntityManager();
    }

    /** The entity manager for platform tables, usable in any transaction. */
    protected final EntityManager platformEm() {
        return current.entityManager();
    }

    /**
     * A tenant-owned query with every parameter bound, so moments are never printed as literals read in a session
     * zone: on PostgreSQL, whose platform binds them anyway, left as it is, because a query hint makes EclipseLink
     * generate its SQL again on every execution instead of keeping it prepared in its parse cache; on H2, whose
     * platform prints them (and {@code eclipselink.jdbc.bind-parameters} does not change that), given the hint.
     */
    protected final <T> TypedQuery<T> boundQuery(String jpql, Class<T> type) {
        TypedQuery<T> query = tenantEm().createQuery(jpql, type);
        return current.postgreSql() ? query : query.setHint(QueryHints.BIND_PARAMETERS, HintValues.TRUE);
    }

    /**
     * The query's rows as domain objects, their entities then let go: without weaving, EclipseLink compares every
     * entity a transaction still holds with a copy of itself before each later query and at each flush, so a booking
     * that read a day's appointments paid for all of them again at every statement after. Only for rows the caller
     * does not change through these entities (a later write finds its row again); the query has already flushed
     * pending changes, as every query does in the flush mode the application keeps (AUTO, JPA's default).
     */
    protected final <E, T> List<T> readAndRelease(TypedQuery<E> query, Function<? super E, T> toDomain) {
        List<E> entities = query.getResultList();
        EntityManager em = current.entityManager();
        RepeatableWriteUnitOfWork unitOfWork = em.unwrap(RepeatableWriteUnitOfWork.class);
        List<T> results = new ArrayList<>(entities.size());
        for (E entity : entities) {
            results.add(toDomain.apply(entity));
            if (!writtenHere(unitOfWork, entity)) {
                em.detach(entity);
            }
        }
        return results;
    }

    /**
     * Whether this transaction stored or changed the entity: such an entity stays managed, since EclipseLink, finding
     * it again after a release, would count its version up once more at commit than the caller was told.
     */
    private static boolean writtenHere(RepeatableWriteUnitOfWork unitOfWork, Object entity) {
        UnitOfWorkChangeSet written = unitOfWork.getCumulativeUOWChangeSet();
        return unitOfWork.isCloneNewObject(entity)
                || written != null && written.getObjectChangeSetForClone(entity) != null;
    }

    protected final TenantId tenant() {
        return current.tenant();
    }

    /** Refuses a record naming another tenant than the transaction's: a programming error that must not be stored. */
    protected final void requireCurrentTenant(TenantId owner) {
        if (!tenant().equals(owner)) {
            throw new IllegalArgumentException("the record belongs to another tenant than the transaction");
        }
    }

    protected static void flush(EntityManager em, String kind, Object id, String conflictMessage) {
        try {
            em.flush();
        } catch (RuntimeException e) {
            throw PersistenceErrors.translate(e, kind, id, conflictMessage);
        }
    }
}
