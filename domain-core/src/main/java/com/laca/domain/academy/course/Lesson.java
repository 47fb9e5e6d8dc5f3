package com.laca.domain.academy.course;

import com.laca.domain.academy.LessonId;
import com.laca.domain.academy.Texts;
import java.util.Objects;

/**
 * One lesson of a module. Its id is kept across course versions while the lesson stays the same, so a learner's
 * completion carries over to the next version; a lesson that must be done again gets a new id.
 *
 * @param required whether it counts towards progress and completion
 */
public record Lesson(LessonId id, String title, boolean required, LessonContent content) {

    public Lesson {
        Objects.requireNonNull(id, "id");
        title = Texts.required(title, "lesson title", 200);
        Objects.requireNonNull(content, "content");
    }
}
