package com.laca.adapter.persistence.academy;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.academy.port.out.AssessmentRepository;
import com.laca.application.shared.NotFoundException;
import com.laca.domain.academy.AssessmentId;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.assessment.Assessment;
import com.laca.domain.academy.assessment.CourseAssessment;
import com.laca.domain.academy.assessment.RegradeAudit;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/** Stores assessments in {@code academy_assessments} and regrade audit entries in {@code academy_regrade_audits}. */
public final class JpaAssessmentRepository extends JpaRepositorySupport implements AssessmentRepository {

    private static final String KIND = "assessment";

    public JpaAssessmentRepository(CurrentEntityManager current) {
        super(current);
    }

    @Override
    public void insert(CourseAssessment assessment) {
        EntityManager em = tenantEm();
        em.persist(new AssessmentJpaEntity(assessment));
        flush(em, KIND, assessment.assessment().id(), "assessment " + assessment.assessment().id()
                + " exists, or the course is not in this academy");
    }

    @Override
    public void update(Assessment assessment) {
        EntityManager em = tenantEm();
        AssessmentJpaEntity entity = em.find(AssessmentJpaEntity.class, assessment.id().toString());
        if (entity == null) {
            throw new NotFoundException(KIND, assessment.id());
        }
        entity.copyFrom(assessment);
        flush(em, KIND, assessment.id(), "assessment " + assessment.id() + " could not be changed");
    }

    @Override
    public Optional<CourseAssessment> find(AssessmentId id) {
        return Optional.ofNullable(tenantEm().find(AssessmentJpaEntity.class, id.toString()))
                .map(AssessmentJpaEntity::toDomain);
    }

    @Override
    public List<CourseAssessment> listByCourse(CourseId course) {
        return tenantEm().createQuery("select a from AssessmentJpaEntity a where a.courseId = :course "
                        + "order by a.title, a.id", AssessmentJpaEntity.class)
                .setParameter("course", course.toString()).getResultList().stream()
                .map(AssessmentJpaEntity::toDomain).toList();
    }

    @Override
    public void insertAudit(RegradeAudit audit) {
        EntityManager em = tenantEm();
        RegradeAuditJpaEntity entity = new RegradeAuditJpaEntity(audit);
        em.persist(entity);
        flush(em, "regrade audit", audit.assessment(), "the regrade audit entry could not be stored");
    }

    @Override
    public List<RegradeAudit> listAudits(AssessmentId assessment) {
        return tenantEm().createQuery("select a from RegradeAuditJpaEntity a where a.assessmentId = :assessment "
                        + "order by a.appliedAt, a.id", RegradeAuditJpaEntity.class)
                .setParameter("assessment", assessment.toString()).getResultList().stream()
                .map(RegradeAuditJpaEntity::toDomain).toList();
    }
}
