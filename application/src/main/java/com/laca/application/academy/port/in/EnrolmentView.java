package com.laca.application.academy.port.in;

import com.laca.domain.academy.course.Course;
import com.laca.domain.academy.course.Progress;
import com.laca.domain.academy.enrolment.Enrolment;
import com.laca.domain.academy.enrolment.EnrolmentStatus;
import java.util.Optional;

/**
 * An enrolment with what is derived from it: the status now (an access period lapses by itself) and the progress
 * against the version it follows (the completed version, else the current one), never stored.
 *
 * @param progress empty while the course has no published version
 */
public record EnrolmentView(Enrolment enrolment, Course course, EnrolmentStatus status, Optional<Progress> progress) {
}
