package com.laca.application.academy.port.out;

import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.course.Course;
import com.laca.domain.academy.course.CourseVersion;
import java.util.List;
import java.util.Optional;

/**
 * Stores the current tenant's courses and their published versions; a version is written once and never changed,
 * so a certificate always points at the content it was earned on.
 */
public interface CourseRepository {

    /** Stores a new course; throws {@link com.laca.application.shared.ConflictException} if the id exists. */
    void insert(Course course);

    /** Changes a course's title, self-enrolment or prerequisites (versions are untouched). */
    void update(Course course);

    Optional<Course> find(CourseId id);

    /** Every course, by title. */
    List<Course> list();

    /**
     * Publishes a version; throws {@link com.laca.application.shared.ConflictException} if the number is taken, so
     * two staff publishing at once never both get version n.
     */
    void insertVersion(CourseVersion version);

    Optional<CourseVersion> findVersion(CourseId course, int number);

    /** The latest published version, if any. */
    Optional<CourseVersion> currentVersion(CourseId course);
}
