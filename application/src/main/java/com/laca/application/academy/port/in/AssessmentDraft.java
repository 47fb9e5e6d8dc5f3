package com.laca.application.academy.port.in;

import com.laca.domain.academy.CourseId;
import com.laca.domain.academy.assessment.AssessmentKind;
import com.laca.domain.academy.assessment.AttemptRules;
import com.laca.domain.academy.assessment.Blueprint;
import com.laca.domain.academy.grading.GradingMethod;
import com.laca.domain.academy.grading.GradingScheme;
import java.util.Objects;

/** A new assessment of a course, as staff describe it; the application gives it its id and checks its slots. */
public record AssessmentDraft(CourseId course, String title, AssessmentKind kind, GradingScheme scheme,
                              GradingMethod gradingMethod, AttemptRules rules, Blueprint blueprint) {

    public AssessmentDraft {
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(gradingMethod, "gradingMethod");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(blueprint, "blueprint");
    }
}
