package com.laca.domain.academy.assessment;

/** Why an attempt ended, so a learner's record shows whether they submitted or their time ran out. */
public enum FinishReason {
    /** The learner (or staff on their behalf) finished it before the deadline and its grace ran out. */
    SUBMITTED,
    /** It was finished after the deadline and grace: by the learner too late, or by the job that closes attempts. */
    TIME_UP
}
