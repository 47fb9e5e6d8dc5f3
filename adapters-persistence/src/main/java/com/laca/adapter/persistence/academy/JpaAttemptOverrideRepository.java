package com.laca.adapter.persistence.academy;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.academy.port.out.AttemptOverrideRepository;
import com.laca.domain.academy.AssessmentId;
import com.laca.domain.academy.assessment.LearnerOverride;
import com.laca.domain.shared.UserId;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** Stores per-learner overrides in {@code academy_attempt_overrides}, one per learner and assessment. */
public final class JpaAttemptOverrideRepository extends JpaRepositorySupport implements AttemptOverrideRepository {

    public JpaAttemptOverrideRepository(CurrentEntityManager current) {
        super(current);
    }

    @Override
    public void save(LearnerOverride override) {
        EntityManager em = tenantEm();
        AttemptOverrideJpaEntity stored = em.find(AttemptOverrideJpaEntity.class,
                AttemptOverrideJpaEntity.key(override.assessment(), override.learner()));
        if (stored == null) {
            em.persist(new AttemptOverrideJpaEntity(override));
        } else {
            stored.copyFrom(override);
        }
        flush(em, "override", override.learner(), "the override was granted at the same moment, or the assessment "
                + "or learner is not in this academy");
    }

    @Override
    public Optional<LearnerOverride> find(AssessmentId assessment, UserId learner) {
        return Optional.ofNullable(tenantEm().find(AttemptOverrideJpaEntity.class,
                AttemptOverrideJpaEntity.key(assessment, learner))).map(AttemptOverrideJpaEntity::toDomain);
    }

    @Override
    public List<LearnerOverride> listFor(AssessmentId assessment) {
        return tenantEm().createQuery("select o from AttemptOverrideJpaEntity o where o.assessmentId = :assessment "
                        + "order by o.grantedAt, o.learnerId", AttemptOverrideJpaEntity.class)
                .setParameter("assessment", assessment.toString()).getResultList().stream()
                .map(AttemptOverrideJpaEntity::toDomain).toList();
    }
}
