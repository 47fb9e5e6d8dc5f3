package com.laca.application.academy.port.in;

import com.laca.application.shared.Caller;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.EnrolmentId;
import com.laca.domain.academy.LessonId;
import com.laca.domain.academy.course.LessonCompletionResult;
import com.laca.domain.academy.enrolment.EnrolmentResult;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Lets academy staff (ENROLMENTS_MANAGE) enrol or invite trainees, withdraw them and record what staff record
 * (attendance at a live session, a practical); refusals are sealed results with the domain's reason codes.
 */
public interface ManageEnrolmentsUseCase {

    /** Enrols a trainee at once (prerequisites checked) or, with {@code invite}, invites them to accept. */
    EnrolmentResult enrol(Caller caller, CourseId course, UserId learner, boolean invite,
                          Optional<Instant> accessUntil);

    EnrolmentResult withdraw(Caller caller, EnrolmentId enrolment, String reason);

    /** Records a lesson of the enrolment's course as completed by staff; completes the enrolment if that was all. */
    LessonCompletionResult recordLesson(Caller caller, EnrolmentId enrolment, LessonId lesson);

    List<EnrolmentView> listByCourse(Caller caller, CourseId course);

    EnrolmentView get(Caller caller, EnrolmentId enrolment);
}
