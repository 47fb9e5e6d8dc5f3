package com.laca.domain.academy.course;

import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.LessonId;
import com.laca.domain.academy.ModuleId;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One published version of a course's content and rules, immutable: changing a published course makes a new
 * version, so a certificate always names the version it was earned on.
 *
 * @param number              1, 2, …
 * @param modules             in teaching order; at least one
 * @param cpd                 the accredited facts
 * @param requirements        what completion takes beside the required lessons
 * @param certificateValidity how long a certificate stays valid, if it expires (e.g. 2 years for a refresher cycle)
 */
public record CourseVersion(CourseId course, int number, List<CourseModule> modules, CpdFacts cpd,
                            CompletionRequirements requirements, Optional<Period> certificateValidity) {

    public CourseVersion {
        Objects.requireNonNull(course, "course");
        if (number < 1) {
            throw new IllegalArgumentException("course versions are numbered from 1");
        }
        modules = List.copyOf(modules);
        if (modules.isEmpty()) {
            throw new IllegalArgumentException("a course has at least one module");
        }
        Set<ModuleId> moduleIds = new HashSet<>();
        Set<LessonId> lessonIds = new HashSet<>();
        for (CourseModule module : modules) {
            if (!moduleIds.add(module.id())) {
                throw new IllegalArgumentException("module " + module.id() + " appears twice");
            }
            for (Lesson lesson : module.lessons()) {
                if (!lessonIds.add(lesson.id())) {
                    throw new IllegalArgumentException("lesson " + lesson.id() + " appears twice");
                }
            }
        }
        Objects.requireNonNull(cpd, "cpd");
        Objects.requireNonNull(requirements, "requirements");
        Objects.requireNonNull(certificateValidity, "certificateValidity");
        if (certificateValidity.isPresent() && (certificateValidity.get().isNegative()
                || certificateValidity.get().isZero())) {
            throw new IllegalArgumentException("a certificate's validity must be positive");
        }
    }

    /** Every lesson, in teaching order. */
    public List<Lesson> lessons() {
        return modules.stream().flatMap(module -> module.lessons().stream()).toList();
    }

    /** The lesson with this id in this version, if it has one. */
    public Optional<Lesson> lesson(LessonId id) {
        return lessons().stream().filter(lesson -> lesson.id().equals(id)).findFirst();
    }
}
