package com.laca.adapter.persistence.consent;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.consent.port.out.ConsentTemplateRepository;
import com.laca.domain.consent.ConsentTemplate;
import com.laca.domain.consent.ConsentTemplateId;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Stores the current tenant's consent template versions. */
public final class JpaConsentTemplateRepository extends JpaRepositorySupport implements ConsentTemplateRepository {

    private final Clock clock;

    public JpaConsentTemplateRepository(CurrentEntityManager current, Clock clock) {
        super(current);
        this.clock = clock;
    }

    @Override
    public List<ConsentTemplate> all() {
        return tenantEm().createQuery("select t from ConsentTemplateJpaEntity t "
                        + "order by t.category, t.jurisdiction, t.version", ConsentTemplateJpaEntity.class)
                .getResultList().stream().map(ConsentTemplateJpaEntity::toDomain).toList();
    }

    @Override
    public Optional<ConsentTemplate> find(ConsentTemplateId id) {
        return Optional.ofNullable(tenantEm().find(ConsentTemplateJpaEntity.class, id.toString()))
                .map(ConsentTemplateJpaEntity::toDomain);
    }

    @Override
    public void insert(ConsentTemplate template) {
        EntityManager em = tenantEm();
        em.persist(new ConsentTemplateJpaEntity(template, clock.instant()));
        flush(em, "consent template", template.id(),
                "version " + template.version() + " or its effective date is already taken");
    }
}
