package com.laca.adapter.persistence.clinic;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.clinic.port.out.ClinicRecordRepository;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.Page;
import com.laca.application.shared.PageRequest;
import com.laca.application.shared.VersionConflictException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * The one implementation of find, page, insert, update and delete with optimistic locking that every clinic record
 * kind shares; tenant scoping comes from the entity's multitenancy, never from the queries here.
 *
 * @param <T>  the domain record
 * @param <ID> its typed id
 * @param <E>  its row
 */
abstract class JpaClinicRecordRepository<T, ID, E extends ClinicRecordJpaEntity<T>> extends JpaRepositorySupport
        implements ClinicRecordRepository<T, ID> {

    private final Class<E> entityType;
    private final Supplier<E> newEntity;
    private final String kind;
    private final String listQuery;
    private final String countQuery;
    private final Function<T, ID> idOf;
    private final ToLongFunction<T> versionOf;
    private final Function<ID, UUID> uuidOf;

    /**
     * @param kind      the record's name in messages, e.g. "location"
     * @param orderedBy the attribute pages are ordered by (then by id, so the order is stable)
     */
    JpaClinicRecordRepository(CurrentEntityManager current, Class<E> entityType, Supplier<E> newEntity, String kind,
                              String orderedBy, Function<T, ID> idOf, ToLongFunction<T> versionOf,
                              Function<ID, UUID> uuidOf) {
        super(current);
        this.entityType = entityType;
        this.newEntity = newEntity;
        this.kind = kind;
        String entityName = entityType.getSimpleName();
        this.listQuery = "select e from " + entityName + " e order by e." + orderedBy + ", e.id";
        this.countQuery = "select count(e) from " + entityName + " e";
        this.idOf = idOf;
        this.versionOf = versionOf;
        this.uuidOf = uuidOf;
    }

    @Override
    public Optional<T> find(ID id) {
        return Optional.ofNullable(tenantEm().find(entityType, key(id))).map(ClinicRecordJpaEntity::toDomain);
    }

    @Override
    public Page<T> list(PageRequest request) {
        EntityManager em = tenantEm();
        List<T> items = readAndRelease(em.createQuery(listQuery, entityType)
                .setFirstResult(request.offset())
                .setMaxResults(request.size()), ClinicRecordJpaEntity::toDomain);
        long total = em.createQuery(countQuery, Long.class).getSingleResult();
        return new Page<>(items, request.page(), request.size(), total);
    }

    @Override
    public void insert(T record) {
        EntityManager em = tenantEm();
        ID id = idOf.apply(record);
        E entity = newEntity.get();
        entity.setId(key(id));
        entity.copyFrom(record);
        em.persist(entity);
        flush(em, kind, id, kind + " " + id + " already exists or refers to a record this clinic does not have");
    }

    @Override
    public T update(T record) {
        EntityManager em = tenantEm();
        ID id = idOf.apply(record);
        E entity = current(em, id, versionOf.applyAsLong(record));
        entity.copyFrom(record);
        em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        flush(em, kind, id, kind + " " + id + " refers to a record this clinic does not have");
        return entity.toDomain();
    }

    @Override
    public void delete(ID id, long expectedVersion) {
        EntityManager em = tenantEm();
        em.remove(current(em, id, expectedVersion));
        flush(em, kind, id, kind + " " + id + " is still in use");
    }

    /** The stored row, if it exists in this tenant and is still at the version the caller read. */
    private E current(EntityManager em, ID id, long expectedVersion) {
        E entity = em.find(entityType, key(id));
        if (entity == null) {
            throw new NotFoundException(kind, id);
        }
        if (entity.version() != expectedVersion) {
            throw new VersionConflictException(kind, id);
        }
        return entity;
    }

    private String key(ID id) {
        return uuidOf.apply(id).toString();
    }
}
