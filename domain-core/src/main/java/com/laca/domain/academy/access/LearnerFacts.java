package com.laca.domain.academy.access;

import com.laca.domain.academy.AssessmentId;
import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.ProfessionalRegistration;
import com.laca.domain.academy.grading.Score;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the academy knows about a learner when a prerequisite is checked, gathered by the application so the rules
 * stay pure.
 *
 * @param completedCourses courses the learner has completed
 * @param registrations    the learner's professional registrations, verified or not
 * @param scores           the learner's overall shown score per assessment, where decided
 * @param now              the moment of the check
 */
public record LearnerFacts(Set<CourseId> completedCourses, List<ProfessionalRegistration> registrations,
                           Map<AssessmentId, Score> scores, Instant now) {

    public LearnerFacts {
        completedCourses = Set.copyOf(completedCourses);
        registrations = List.copyOf(registrations);
        scores = Map.copyOf(scores);
        Objects.requireNonNull(now, "now");
    }
}
