package com.laca.domain.academy.course;

import com.laca.domain.academy.ModuleId;
import com.laca.domain.academy.Texts;
import java.util.List;
import java.util.Objects;

/**
 * A module of a course: a titled, ordered group of lessons.
 *
 * @param lessons in the order they are taught; at least one
 */
public record CourseModule(ModuleId id, String title, List<Lesson> lessons) {

    public CourseModule {
        Objects.requireNonNull(id, "id");
        title = Texts.required(title, "module title", 200);
        lessons = List.copyOf(lessons);
        if (lessons.isEmpty()) {
            throw new IllegalArgumentException("a module has at least one lesson");
        }
    }
}
