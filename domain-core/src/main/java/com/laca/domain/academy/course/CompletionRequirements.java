package com.laca.domain.academy.course;

import com.laca.domain.academy.AssessmentId;
import com.laca.domain.academy.practice.OsceStation;
import com.laca.domain.academy.practice.PracticalRequirement;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What completing a course version takes beside its required lessons: passing the theory assessment, the minimum of
 * signed-off practical cases, and every OSCE station.
 *
 * @param theory    the assessment whose overall result must be a pass, if any
 * @param practical the case-log minimums and checklists, if the course has practice
 * @param stations  the OSCE stations to pass, if any
 */
public record CompletionRequirements(Optional<AssessmentId> theory, Optional<PracticalRequirement> practical,
                                     List<OsceStation> stations) {

    public CompletionRequirements {
        Objects.requireNonNull(theory, "theory");
        Objects.requireNonNull(practical, "practical");
        stations = List.copyOf(stations);
        if (new HashSet<>(stations.stream().map(OsceStation::id).toList()).size() != stations.size()) {
            throw new IllegalArgumentException("an OSCE station is listed twice");
        }
    }

    /** Lessons only. */
    public static CompletionRequirements lessonsOnly() {
        return new CompletionRequirements(Optional.empty(), Optional.empty(), List.of());
    }
}
