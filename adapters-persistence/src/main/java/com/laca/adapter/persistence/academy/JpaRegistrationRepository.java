package com.laca.adapter.persistence.academy;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.academy.port.out.RegistrationRepository;
import com.laca.domain.academy.ProfessionalRegistration;
import com.laca.domain.academy.RegulatoryBody;
import com.laca.domain.shared.UserId;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** Stores professional registrations in {@code academy_registrations}, one per person and register. */
public final class JpaRegistrationRepository extends JpaRepositorySupport implements RegistrationRepository {

    public JpaRegistrationRepository(CurrentEntityManager current) {
        super(current);
    }

    @Override
    public void save(UserId person, ProfessionalRegistration registration) {
        EntityManager em = tenantEm();
        RegistrationJpaEntity stored = em.find(RegistrationJpaEntity.class,
                RegistrationJpaEntity.key(person, registration.body()));
        if (stored == null) {
            em.persist(new RegistrationJpaEntity(person, registration));
        } else {
            stored.copyFrom(registration);
        }
        flush(em, "registration", person, "the registration was changed at the same moment, or the person is not "
                + "in this academy");
    }

    @Override
    public Optional<ProfessionalRegistration> find(UserId person, RegulatoryBody body) {
        return Optional.ofNullable(tenantEm().find(RegistrationJpaEntity.class,
                RegistrationJpaEntity.key(person, body))).map(RegistrationJpaEntity::toDomain);
    }

    @Override
    public List<ProfessionalRegistration> listFor(UserId person) {
        return tenantEm().createQuery("select r from RegistrationJpaEntity r where r.personId = :person "
                        + "order by r.body", RegistrationJpaEntity.class)
                .setParameter("person", person.toString()).getResultList().stream()
                .map(RegistrationJpaEntity::toDomain).toList();
    }
}
