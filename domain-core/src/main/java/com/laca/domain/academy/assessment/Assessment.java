package com.laca.domain.academy.assessment;

import com.laca.domain.academy.AssessmentId;
import com.laca.domain.academy.Texts;
import com.laca.domain.academy.grading.GradingMethod;
import com.laca.domain.academy.grading.GradingScheme;
import java.util.Objects;

/**
 * A quiz or exam: what it is for, how it is graded, how it may be attempted and what each paper is drawn from.
 *
 * @param kind          formative (practice) or summative (certifying)
 * @param scheme        pass mark, negative-mark floor, score bands
 * @param gradingMethod which attempts count
 * @param rules         attempt limit, time limit, opening and closing, grace
 * @param blueprint     the paper's slots and shuffling
 */
public record Assessment(AssessmentId id, String title, AssessmentKind kind, GradingScheme scheme,
                         GradingMethod gradingMethod, AttemptRules rules, Blueprint blueprint) {

    public Assessment {
        Objects.requireNonNull(id, "id");
        title = Texts.required(title, "assessment title", 200);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(gradingMethod, "gradingMethod");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(blueprint, "blueprint");
    }
}
