package com.laca.adapter.persistence.academy;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.academy.port.out.OsceSittingRepository;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.OsceStationId;
import com.laca.domain.academy.practice.OsceResult;
import com.laca.domain.shared.UserId;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * Stores OSCE sittings in {@code academy_osce_sittings}, whose primary key keeps each sitting number once per trainee
 * and station; the application role may insert and read them, never change one.
 */
public final class JpaOsceSittingRepository extends JpaRepositorySupport implements OsceSittingRepository {

    public JpaOsceSittingRepository(CurrentEntityManager current) {
        super(current);
    }

    @Override
    public void insert(CourseId course, OsceStationId station, UserId trainee, OsceResult sitting) {
        EntityManager em = tenantEm();
        em.persist(new OsceSittingJpaEntity(course, station, trainee, sitting));
        flush(em, "OSCE sitting", station, "sitting " + sitting.attempt() + " was recorded at the same moment, or "
                + "the course or trainee is not in this academy");
    }

    @Override
    public List<OsceResult> listFor(CourseId course, OsceStationId station, UserId trainee) {
        return tenantEm().createQuery("select s from OsceSittingJpaEntity s where s.courseId = :course "
                        + "and s.stationId = :station and s.traineeId = :trainee order by s.attempt",
                        OsceSittingJpaEntity.class)
                .setParameter("course", course.toString()).setParameter("station", station.toString())
                .setParameter("trainee", trainee.toString())
                .getResultList().stream().map(OsceSittingJpaEntity::toDomain).toList();
    }
}
