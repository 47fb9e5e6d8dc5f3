package com.laca.domain.academy.course;

import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.Texts;
import com.laca.domain.academy.access.AccessRule;
import java.util.Objects;

/**
 * A course across its versions: its title, whether learners may enrol themselves, and who may enter it.
 *
 * @param selfEnrolment whether a learner may enrol without an invitation (prerequisites still apply)
 * @param prerequisites who may enter; {@link AccessRule#none()} for anyone
 */
public record Course(CourseId id, String title, boolean selfEnrolment, AccessRule prerequisites) {

    public Course {
        Objects.requireNonNull(id, "id");
        title = Texts.required(title, "course title", 200);
        Objects.requireNonNull(prerequisites, "prerequisites");
    }
}
