package com.laca.domain.academy.assessment;

/** Whether an assessment teaches or certifies, because a certifying exam must not give its answers away. */
public enum AssessmentKind {
    /** Practice: after finishing, the learner sees marks, feedback and the right answers. */
    FORMATIVE,
    /** Certifying exam: the learner sees the score, pass or fail and the band feedback, never the right answers. */
    SUMMATIVE
}
