package com.laca.adapter.persistence.academy;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.academy.port.out.AttemptRepository;
import com.laca.application.shared.NotFoundException;
import com.laca.domain.academy.AssessmentId;
import com.laca.domain.academy.AttemptId;
import com.laca.domain.academy.assessment.Attempt;
import com.laca.domain.academy.assessment.PinnedQuestion;
import com.laca.domain.academy.question.Question;
import com.laca.domain.academy.question.QuestionKey;
import com.laca.domain.shared.UserId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stores attempts in {@code academy_attempts}; the unique (assessment, learner, number) constraint refuses a second
 * attempt n, and {@link #findForUpdate} takes a row lock so concurrent answers and finishes queue. The grade is
 * recomputed on reading from the pinned question versions, which never change.
 */
public final class JpaAttemptRepository extends JpaRepositorySupport implements AttemptRepository {

    private static final String KIND = "attempt";

    public JpaAttemptRepository(CurrentEntityManager current) {
        super(current);
    }

    @Override
    public void insert(Attempt attempt) {
        EntityManager em = tenantEm();
        em.persist(new AttemptJpaEntity(attempt));
        flush(em, KIND, attempt.id(), "attempt " + attempt.number() + " at this assessment exists");
    }

    @Override
    public void update(Attempt attempt) {
        EntityManager em = tenantEm();
        AttemptJpaEntity entity = em.find(AttemptJpaEntity.class, attempt.id().toString());
        if (entity == null) {
            throw new NotFoundException(KIND, attempt.id());
        }
        if (!entity.learnerId().equals(attempt.learner().toString()) || entity.number() != attempt.number()) {
            throw new IllegalArgumentException("an attempt keeps its learner and number");
        }
        entity.copyFrom(attempt);
        flush(em, KIND, attempt.id(), "attempt " + attempt.id() + " could not be changed");
    }

    @Override
    public Optional<Attempt> find(AttemptId id) {
        return Optional.ofNullable(tenantEm().find(AttemptJpaEntity.class, id.toString())).map(this::toDomain);
    }

    @Override
    public Optional<Attempt> findForUpdate(AttemptId id) {
        EntityManager em = tenantEm();
        return em.createQuery("select a from AttemptJpaEntity a where a.id = :id", AttemptJpaEntity.class)
                .setParameter("id", id.toString())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().map(entity -> {
                    em.refresh(entity);
                    return toDomain(entity);
                });
    }

    @Override
    public List<Attempt> listByLearner(AssessmentId assessment, UserId learner) {
        return tenantEm().createQuery("select a from AttemptJpaEntity a where a.assessmentId = :assessment "
                        + "and a.learnerId = :learner order by a.number", AttemptJpaEntity.class)
                .setParameter("assessment", assessment.toString()).setParameter("learner", learner.toString())
                .getResultList().stream().map(this::toDomain).toList();
    }

    @Override
    public List<Attempt> listByAssessment(AssessmentId assessment) {
        return list(byAssessment(assessment));
    }

    @Override
    public List<Attempt> listByAssessmentForUpdate(AssessmentId assessment) {
        return list(byAssessment(assessment).setLockMode(LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<Attempt> listOverdue(Instant now) {
        return list(tenantEm().createQuery("select a from AttemptJpaEntity a where a.state = 'IN_PROGRESS' "
                + "and a.cutoff < :now order by a.learnerId, a.number", AttemptJpaEntity.class)
                .setParameter("now", Columns.timestamp(now)));
    }

    private TypedQuery<AttemptJpaEntity> byAssessment(AssessmentId assessment) {
        return tenantEm().createQuery("select a from AttemptJpaEntity a where a.assessmentId = :assessment "
                        + "order by a.learnerId, a.number", AttemptJpaEntity.class)
                .setParameter("assessment", assessment.toString());
    }

    private List<Attempt> list(TypedQuery<AttemptJpaEntity> query) {
        Map<QuestionKey, Question> cache = new HashMap<>();
        return query.getResultList().stream().map(entity -> toDomain(entity, cache)).toList();
    }

    private Attempt toDomain(AttemptJpaEntity entity) {
        return toDomain(entity, new HashMap<>());
    }

    private Attempt toDomain(AttemptJpaEntity entity, Map<QuestionKey, Question> cache) {
        EntityManager em = tenantEm();
        List<Question> pinned = entity.paper().stream().map(PinnedQuestion::key)
                .map(key -> cache.computeIfAbsent(key, k -> Optional.ofNullable(em.find(QuestionJpaEntity.class,
                                QuestionJpaEntity.rowId(k))).map(QuestionJpaEntity::toDomain)
                        .orElseThrow(() -> new IllegalStateException("pinned question " + k + " is missing"))))
                .toList();
        return entity.toDomain(pinned);
    }
}
