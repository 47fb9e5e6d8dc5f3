package com.laca.application.academy.port.in;

import com.laca.application.shared.Caller;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.LessonId;
import com.laca.domain.academy.course.LessonCompletionResult;
import com.laca.domain.academy.enrolment.EnrolmentResult;
import java.util.List;

/**
 * A trainee's own learning (LEARN): their courses and progress, enrolling where a course allows it, accepting an
 * invitation and completing lessons; the learner is always the caller, so nobody reaches another trainee's records.
 */
public interface LearningUseCase {

    List<EnrolmentView> myCourses(Caller caller);

    EnrolmentView myCourse(Caller caller, CourseId course);

    /** The course's current content, for an enrolled trainee (the version their progress follows). */
    CourseDetails content(Caller caller, CourseId course);

    EnrolmentResult selfEnrol(Caller caller, CourseId course);

    EnrolmentResult accept(Caller caller, CourseId course);

    /** Completes a lesson the learner may complete themself; completes the enrolment if that was all it took. */
    LessonCompletionResult completeLesson(Caller caller, CourseId course, LessonId lesson);
}
