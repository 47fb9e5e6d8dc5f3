package com.laca.adapter.persistence.academy;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.academy.port.out.CaseLogRepository;
import com.laca.application.shared.NotFoundException;
import com.laca.domain.academy.CaseLogEntryId;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.practice.CaseLogEntry;
import com.laca.domain.academy.practice.Modality;
import com.laca.domain.academy.practice.PatientReference;
import com.laca.domain.shared.UserId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Stores case logs in {@code academy_case_log}; its unique key keeps one row per trainee, course, patient reference,
 * moment and modality even when the same case is logged twice at once, and {@link #findForUpdate} takes a row lock.
 */
public final class JpaCaseLogRepository extends JpaRepositorySupport implements CaseLogRepository {

    private static final String KIND = "case";

    public JpaCaseLogRepository(CurrentEntityManager current) {
        super(current);
    }

    @Override
    public void insert(CaseLogEntry entry) {
        EntityManager em = tenantEm();
        em.persist(new CaseLogJpaEntity(entry));
        flush(em, KIND, entry.id(), "the case is already in the log, or the course or trainee is not in this "
                + "academy");
    }

    @Override
    public void update(CaseLogEntry entry) {
        EntityManager em = tenantEm();
        CaseLogJpaEntity entity = em.find(CaseLogJpaEntity.class, entry.id().toString());
        if (entity == null) {
            throw new NotFoundException(KIND, entry.id());
        }
        if (!entity.traineeId().equals(entry.trainee().toString())
                || !entity.courseId().equals(entry.course().toString())) {
            throw new IllegalArgumentException("a case keeps its trainee and course");
        }
        entity.copySignOff(entry);
        flush(em, KIND, entry.id(), "case " + entry.id() + " was decided at the same moment");
    }

    @Override
    public Optional<CaseLogEntry> find(CaseLogEntryId id) {
        return Optional.ofNullable(tenantEm().find(CaseLogJpaEntity.class, id.toString()))
                .map(CaseLogJpaEntity::toDomain);
    }

    @Override
    public Optional<CaseLogEntry> findForUpdate(CaseLogEntryId id) {
        return tenantEm().createQuery("select c from CaseLogJpaEntity c where c.id = :id", CaseLogJpaEntity.class)
                .setParameter("id", id.toString())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream().findFirst().map(CaseLogJpaEntity::toDomain);
    }

    @Override
    public Optional<CaseLogEntry> findSame(UserId trainee, CourseId course, PatientReference patient,
                                           Instant performedAt, Modality modality) {
        return tenantEm().createQuery("select c from CaseLogJpaEntity c where c.traineeId = :trainee "
                        + "and c.courseId = :course and c.patientReference = :patient "
                        + "and c.performedAt = :performedAt and c.modality = :modality", CaseLogJpaEntity.class)
                .setParameter("trainee", trainee.toString()).setParameter("course", course.toString())
                .setParameter("patient", patient.value())
                .setParameter("performedAt", Columns.timestamp(performedAt))
                .setParameter("modality", modality.name())
                .getResultStream().findFirst().map(CaseLogJpaEntity::toDomain);
    }

    @Override
    public List<CaseLogEntry> listFor(CourseId course, UserId trainee) {
        return tenantEm().createQuery("select c from CaseLogJpaEntity c where c.courseId = :course "
                        + "and c.traineeId = :trainee order by c.performedAt, c.id", CaseLogJpaEntity.class)
                .setParameter("course", course.toString()).setParameter("trainee", trainee.toString())
                .getResultList().stream().map(CaseLogJpaEntity::toDomain).toList();
    }

    @Override
    public List<CaseLogEntry> listByCourse(CourseId course) {
        return tenantEm().createQuery("select c from CaseLogJpaEntity c where c.courseId = :course "
                        + "order by c.performedAt, c.id", CaseLogJpaEntity.class)
                .setParameter("course", course.toString())
                .getResultList().stream().map(CaseLogJpaEntity::toDomain).toList();
    }
}
