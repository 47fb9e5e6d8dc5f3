package com.laca.adapter.persistence.safety;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.safety.port.out.ClinicalRecordRepository;
import com.laca.domain.safety.Consultation;
import com.laca.domain.safety.PrescriberDecision;
import com.laca.domain.safety.PrescriberRegistration;
import com.laca.domain.safety.Screening;
import com.laca.domain.safety.ScreeningId;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.PractitionerId;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** Stores the current tenant's prescriber registrations, consultations, screenings and prescriber decisions. */
public final class JpaClinicalRecordRepository extends JpaRepositorySupport implements ClinicalRecordRepository {

    public JpaClinicalRecordRepository(CurrentEntityManager current) {
        super(current);
    }

    @Override
    public void saveRegistration(PractitionerId practitioner, PrescriberRegistration registration) {
        EntityManager em = tenantEm();
        String id = practitioner.toString();
        PrescriberRegistrationJpaEntity entity = em.find(PrescriberRegistrationJpaEntity.class, id);
        if (entity == null) {
            entity = new PrescriberRegistrationJpaEntity(id);
            entity.copyFrom(registration);
            em.persist(entity);
        } else {
            entity.copyFrom(registration);
        }
        flush(em, "prescriber registration", id, "the registration was changed meanwhile");
    }

    @Override
    public Optional<PrescriberRegistration> registrationOf(PractitionerId practitioner) {
        return Optional.ofNullable(tenantEm().find(PrescriberRegistrationJpaEntity.class, practitioner.toString()))
                .map(PrescriberRegistrationJpaEntity::toDomain);
    }

    @Override
    public void insertConsultation(Consultation consultation) {
        EntityManager em = tenantEm();
        em.persist(new ConsultationJpaEntity(consultation));
        flush(em, "consultation", consultation.id().value(), "the consultation is already recorded");
    }

    @Override
    public List<Consultation> consultationsOf(ClientId client) {
        return tenantEm().createQuery("select c from ConsultationJpaEntity c where c.clientId = :client "
                        + "order by c.completedAt", ConsultationJpaEntity.class)
                .setParameter("client", client.toString())
                .getResultList().stream().map(ConsultationJpaEntity::toDomain).toList();
    }

    @Override
    public void insertScreening(Screening screening) {
        EntityManager em = tenantEm();
        em.persist(new ScreeningJpaEntity(screening));
        flush(em, "screening", screening.id().value(), "the screening is already recorded");
    }

    @Override
    public Optional<Screening> screening(ScreeningId id) {
        return Optional.ofNullable(tenantEm().find(ScreeningJpaEntity.class, id.value().toString()))
                .map(ScreeningJpaEntity::toDomain);
    }

    @Override
    public List<Screening> screeningsOf(ClientId client) {
        return tenantEm().createQuery("select s from ScreeningJpaEntity s where s.clientId = :client "
                        + "order by s.answeredAt", ScreeningJpaEntity.class)
                .setParameter("client", client.toString())
                .getResultList().stream().map(ScreeningJpaEntity::toDomain).toList();
    }

    @Override
    public void insertDecision(ClientId client, PrescriberDecision decision) {
        EntityManager em = tenantEm();
        em.persist(new PrescriberDecisionJpaEntity(client, decision));
        flush(em, "prescriber decision", decision.id().value(), "the decision is already recorded");
    }

    @Override
    public List<PrescriberDecision> decisionsOf(ClientId client) {
        return tenantEm().createQuery("select d from PrescriberDecisionJpaEntity d where d.clientId = :client "
                        + "order by d.decidedAt", PrescriberDecisionJpaEntity.class)
                .setParameter("client", client.toString())
                .getResultList().stream().map(PrescriberDecisionJpaEntity::toDomain).toList();
    }
}
