package com.laca.application.academy.port.in;

import com.laca.application.shared.Caller;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.course.Course;
import com.laca.domain.academy.course.CourseVersion;
import java.util.List;

/**
 * Lets academy staff create courses and publish their content as numbered, immutable versions (COURSES_MANAGE);
 * any academy staff member may read them (COURSES_VIEW).
 */
public interface ManageCoursesUseCase {

    Course create(Caller caller, CourseDraft draft);

    /** Changes title, self-enrolment or prerequisites; published versions stay as they are. */
    Course update(Caller caller, CourseId id, CourseDraft draft);

    /** Publishes the next version (1 for the first); learners still studying follow it from now on. */
    CourseVersion publish(Caller caller, CourseId id, VersionDraft draft);

    List<Course> list(Caller caller);

    CourseDetails get(Caller caller, CourseId id);
}
