package com.laca.adapter.persistence.academy;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.academy.port.out.EnrolmentRepository;
import com.laca.application.shared.NotFoundException;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.EnrolmentId;
import com.laca.domain.academy.enrolment.Enrolment;
import com.laca.domain.shared.UserId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;

/**
 * Stores enrolments in {@code academy_enrolments}; the unique (course, learner) constraint keeps one place per
 * learner even when two requests enrol them at once, and {@link #findForUpdate} takes a row lock.
 */
public final class JpaEnrolmentRepository extends JpaRepositorySupport implements EnrolmentRepository {

    private static final String KIND = "enrolment";

    public JpaEnrolmentRepository(CurrentEntityManager current) {
        super(current);
    }

    @Override
    public void insert(Enrolment enrolment) {
        EntityManager em = tenantEm();
        em.persist(new EnrolmentJpaEntity(enrolment));
        flush(em, KIND, enrolment.id(), "the learner is already enrolled on this course, or the course or learner "
                + "is not in this academy");
    }

    @Override
    public void update(Enrolment enrolment) {
        EntityManager em = tenantEm();
        EnrolmentJpaEntity entity = em.find(EnrolmentJpaEntity.class, enrolment.id().toString());
        if (entity == null) {
            throw new NotFoundException(KIND, enrolment.id());
        }
        if (!entity.courseId().equals(enrolment.course().toString())
                || !entity.learnerId().equals(enrolment.learner().toString())) {
            throw new IllegalArgumentException("an enrolment keeps its learner and course");
        }
        entity.copyFrom(enrolment);
        flush(em, KIND, enrolment.id(), "enrolment " + enrolment.id() + " could not be changed");
    }

    @Override
    public Optional<Enrolment> find(EnrolmentId id) {
        return Optional.ofNullable(tenantEm().find(EnrolmentJpaEntity.class, id.toString()))
                .map(EnrolmentJpaEntity::toDomain);
    }

    @Override
    public Optional<Enrolment> findForUpdate(EnrolmentId id) {
        return tenantEm().createQuery("select e from EnrolmentJpaEntity e where e.id = :id", EnrolmentJpaEntity.class)
                .setParameter("id", id.toString())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().map(EnrolmentJpaEntity::toDomain);
    }

    @Override
    public Optional<Enrolment> findByLearner(CourseId course, UserId learner) {
        return tenantEm().createQuery("select e from EnrolmentJpaEntity e where e.courseId = :course "
                        + "and e.learnerId = :learner", EnrolmentJpaEntity.class)
                .setParameter("course", course.toString()).setParameter("learner", learner.toString())
                .getResultStream().findFirst().map(EnrolmentJpaEntity::toDomain);
    }

    @Override
    public List<Enrolment> listByLearner(UserId learner) {
        return tenantEm().createQuery("select e from EnrolmentJpaEntity e where e.learnerId = :learner "
                        + "order by e.enrolledAt, e.id", EnrolmentJpaEntity.class)
                .setParameter("learner", learner.toString())
                .getResultList().stream().map(EnrolmentJpaEntity::toDomain).toList();
    }

    @Override
    public List<Enrolment> listByCourse(CourseId course) {
        return tenantEm().createQuery("select e from EnrolmentJpaEntity e where e.courseId = :course "
                        + "order by e.enrolledAt, e.id", EnrolmentJpaEntity.class)
                .setParameter("course", course.toString())
                .getResultList().stream().map(EnrolmentJpaEntity::toDomain).toList();
    }
}
