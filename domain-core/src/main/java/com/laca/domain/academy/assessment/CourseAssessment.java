package com.laca.domain.academy.assessment;

import com.laca.domain.academy.CourseId;
import java.util.Objects;

/** An assessment and the course it belongs to, so a pass can be evaluated against that course's completion. */
public record CourseAssessment(CourseId course, Assessment assessment) {

    public CourseAssessment {
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(assessment, "assessment");
    }
}
