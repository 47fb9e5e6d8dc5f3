package com.laca.domain.academy.course;

import com.laca.domain.academy.LessonId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How far a learner is through a course version, derived every time from the lessons they completed and never stored,
 * so it cannot disagree with them.
 *
 * <p>Progress counts only the <b>required lessons of this version</b>: a completion of a lesson that was removed no
 * longer counts, and a lesson added later is one more to do. So it is always between 0 and 100 %, whatever the
 * content changes. The percentage is rounded <b>down</b>, so 100 % is shown only when everything is done.
 *
 * @param completedRequired required lessons of this version the learner has completed
 * @param required          required lessons in this version
 * @param modules           per module, in teaching order
 */
public record Progress(int version, int completedRequired, int required, List<ModuleProgress> modules) {

    public Progress {
        modules = List.copyOf(modules);
        if (completedRequired < 0 || completedRequired > required) {
            throw new IllegalArgumentException("completed lessons must be between 0 and the required lessons");
        }
    }

    /** The progress of a learner who completed {@code completed} (lessons of any version) on {@code version}. */
    public static Progress of(CourseVersion version, Set<LessonId> completed) {
        Objects.requireNonNull(completed, "completed");
        List<ModuleProgress> modules = new ArrayList<>();
        int done = 0;
        int required = 0;
        for (CourseModule module : version.modules()) {
            int moduleDone = 0;
            int moduleRequired = 0;
            for (Lesson lesson : module.lessons()) {
                if (lesson.required()) {
                    moduleRequired++;
                    if (completed.contains(lesson.id())) {
                        moduleDone++;
                    }
                }
            }
            modules.add(new ModuleProgress(module.id(), moduleDone, moduleRequired));
            done += moduleDone;
            required += moduleRequired;
        }
        return new Progress(version.number(), done, required, modules);
    }

    /** Whole per cent, rounded down; 100 when nothing is required. */
    public int percent() {
        return required == 0 ? 100 : completedRequired * 100 / required;
    }

    /** Whether every required lesson is completed. */
    public boolean complete() {
        return completedRequired == required;
    }
}
