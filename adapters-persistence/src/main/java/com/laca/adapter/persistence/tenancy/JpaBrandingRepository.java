package com.laca.adapter.persistence.tenancy;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.shared.VersionConflictException;
import com.laca.application.tenancy.port.out.BrandingRepository;
import com.laca.domain.shared.TenantId;
import com.laca.domain.tenancy.Branding;
import jakarta.persistence.EntityManager;
import java.util.Optional;

/** Stores each clinic's branding in {@code tenant_brandings}: read from any transaction, written in the clinic's own. */
public final class JpaBrandingRepository extends JpaRepositorySupport implements BrandingRepository {

    private static final String KIND = "branding";

    public JpaBrandingRepository(CurrentEntityManager current) {
        super(current);
    }

    @Override
    public Optional<Branding> find(TenantId tenant) {
        return Optional.ofNullable(platformEm().find(BrandingJpaEntity.class, tenant.toString()))
                .map(BrandingJpaEntity::toDomain);
    }

    @Override
    public Optional<TenantId> findTenantByDomain(String domain) {
        return platformEm().createQuery("select b from BrandingJpaEntity b where b.customDomain = :domain",
                        BrandingJpaEntity.class)
                .setParameter("domain", domain)
                .getResultStream().findFirst().map(b -> b.toDomain().tenant());
    }

    @Override
    public Branding put(Branding branding) {
        requireCurrentTenant(branding.tenant());
        EntityManager em = platformEm();
        BrandingJpaEntity entity = em.find(BrandingJpaEntity.class, branding.tenant().toString());
        long stored = entity == null ? 0 : entity.version();
        if (stored != branding.version()) {
            throw new VersionConflictException(KIND, branding.tenant());
        }
        if (entity == null) {
            entity = new BrandingJpaEntity(branding.tenant());
            entity.copyFrom(branding);
            em.persist(entity);
        } else {
            entity.copyFrom(branding);
        }
        flush(em, KIND, branding.tenant(), "the domain " + branding.customDomain() + " is taken");
        return entity.toDomain();
    }
}
