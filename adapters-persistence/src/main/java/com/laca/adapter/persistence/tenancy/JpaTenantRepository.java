package com.laca.adapter.persistence.tenancy;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.Page;
import com.laca.application.shared.PageRequest;
import com.laca.application.shared.VersionConflictException;
import com.laca.application.tenancy.port.out.TenantRepository;
import com.laca.domain.shared.TenantId;
import com.laca.domain.tenancy.Tenant;
import com.laca.domain.tenancy.TenantSlug;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

/** Stores tenants in the platform table {@code tenants}, usable from platform and tenant transactions alike. */
public final class JpaTenantRepository extends JpaRepositorySupport implements TenantRepository {

    private static final String KIND = "tenant";

    public JpaTenantRepository(CurrentEntityManager current) {
        super(current);
    }

    @Override
    public Optional<Tenant> findBySlug(TenantSlug slug) {
        return platformEm().createQuery("select t from TenantJpaEntity t where t.slug = :slug", TenantJpaEntity.class)
                .setParameter("slug", slug.value())
                .getResultStream().findFirst().map(TenantJpaEntity::toDomain);
    }

    @Override
    public Optional<Tenant> findById(TenantId id) {
        return Optional.ofNullable(platformEm().find(TenantJpaEntity.class, id.toString()))
                .map(TenantJpaEntity::toDomain);
    }

    @Override
    public Page<Tenant> list(PageRequest request) {
        EntityManager em = platformEm();
        List<Tenant> items = em.createQuery("select t from TenantJpaEntity t order by t.slug", TenantJpaEntity.class)
                .setFirstResult(request.offset())
                .setMaxResults(request.size())
                .getResultList().stream().map(TenantJpaEntity::toDomain).toList();
        long total = em.createQuery("select count(t) from TenantJpaEntity t", Long.class).getSingleResult();
        return new Page<>(items, request.page(), request.size(), total);
    }

    @Override
    public void insert(Tenant tenant) {
        EntityManager em = platformEm();
        TenantJpaEntity entity = new TenantJpaEntity(tenant.id());
        entity.copyFrom(tenant);
        em.persist(entity);
        flush(em, KIND, tenant.id(), "the slug " + tenant.slug() + " is taken");
    }

    @Override
    public Tenant update(Tenant tenant) {
        EntityManager em = platformEm();
        TenantJpaEntity entity = em.find(TenantJpaEntity.class, tenant.id().toString());
        if (entity == null) {
            throw new NotFoundException(KIND, tenant.id());
        }
        if (entity.version() != tenant.version()) {
            throw new VersionConflictException(KIND, tenant.id());
        }
        entity.copyFrom(tenant);
        em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        flush(em, KIND, tenant.id(), "the slug " + tenant.slug() + " is taken");
        return entity.toDomain();
    }
}
