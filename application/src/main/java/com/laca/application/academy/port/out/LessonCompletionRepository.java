package com.laca.application.academy.port.out;

import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.course.LessonCompletion;
import com.laca.domain.shared.UserId;
import java.util.List;

/**
 * Stores lesson completions, the only progress fact that is stored (module and course progress are derived); a
 * lesson is completed once per learner, and the first record stands.
 */
public interface LessonCompletionRepository {

    /** Records the completion unless the learner already completed that lesson; answers whether it was new. */
    boolean record(CourseId course, LessonCompletion completion);

    /** The learner's completions of the course's lessons, of any version. */
    List<LessonCompletion> listFor(CourseId course, UserId learner);
}
