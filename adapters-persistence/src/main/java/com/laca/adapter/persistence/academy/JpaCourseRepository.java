package com.laca.adapter.persistence.academy;

import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.academy.port.out.CourseRepository;
import com.laca.application.shared.NotFoundException;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.course.Course;
import com.laca.domain.academy.course.CourseVersion;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * Stores courses in {@code academy_courses} and their versions in {@code academy_course_versions}, whose primary
 * key (tenant, course, number) refuses a version number twice.
 */
public final class JpaCourseRepository extends JpaRepositorySupport implements CourseRepository {

    private static final String KIND = "course";

    public JpaCourseRepository(CurrentEntityManager current) {
        super(current);
    }

    @Override
    public void insert(Course course) {
        EntityManager em = tenantEm();
        CourseJpaEntity entity = new CourseJpaEntity(course.id());
        entity.copyFrom(course);
        em.persist(entity);
        flush(em, KIND, course.id(), "course " + course.id() + " already exists");
    }

    @Override
    public void update(Course course) {
        EntityManager em = tenantEm();
        CourseJpaEntity entity = em.find(CourseJpaEntity.class, course.id().toString());
        if (entity == null) {
            throw new NotFoundException(KIND, course.id());
        }
        entity.copyFrom(course);
        flush(em, KIND, course.id(), "course " + course.id() + " could not be changed");
    }

    @Override
    public Optional<Course> find(CourseId id) {
        return Optional.ofNullable(tenantEm().find(CourseJpaEntity.class, id.toString()))
                .map(CourseJpaEntity::toDomain);
    }

    @Override
    public List<Course> list() {
        return tenantEm().createQuery("select c from CourseJpaEntity c order by c.title, c.id", CourseJpaEntity.class)
                .getResultList().stream().map(CourseJpaEntity::toDomain).toList();
    }

    @Override
    public void insertVersion(CourseVersion version) {
        EntityManager em = tenantEm();
        em.persist(new CourseVersionJpaEntity(version));
        flush(em, "course version", version.course() + "/" + version.number(), "version " + version.number()
                + " of course " + version.course() + " is already published, or the course does not exist");
    }

    @Override
    public Optional<CourseVersion> findVersion(CourseId course, int number) {
        return Optional.ofNullable(tenantEm().find(CourseVersionJpaEntity.class,
                new CourseVersionJpaEntity.Key(course.toString(), number))).map(CourseVersionJpaEntity::toDomain);
    }

    @Override
    public Optional<CourseVersion> currentVersion(CourseId course) {
        return tenantEm().createQuery("select v from CourseVersionJpaEntity v where v.courseId = :course "
                        + "order by v.number desc", CourseVersionJpaEntity.class)
                .setParameter("course", course.toString()).setMaxResults(1)
                .getResultStream().findFirst().map(CourseVersionJpaEntity::toDomain);
    }
}
