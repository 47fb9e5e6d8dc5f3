package com.laca.application.academy.port.in;

import com.laca.domain.academy.course.Course;
import com.laca.domain.academy.course.CourseVersion;
import java.util.Optional;

/** A course with its current version, if one is published, as staff and enrolled trainees see it. */
public record CourseDetails(Course course, Optional<CourseVersion> current) {
}
