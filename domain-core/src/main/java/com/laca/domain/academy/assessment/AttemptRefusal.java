package com.laca.domain.academy.assessment;

/** Why an attempt refused a command, as a closed list the REST adapter maps to a problem type. */
public enum AttemptRefusal {
    /** The assessment has not opened yet. */
    NOT_OPEN,
    /** The assessment has closed. */
    CLOSED,
    /** The learner has used every attempt allowed. */
    ATTEMPT_LIMIT_REACHED,
    /** The learner has an attempt in progress: resume it instead of starting another. */
    ATTEMPT_IN_PROGRESS,
    /** The deadline and its grace have passed: no more answers are accepted. */
    TIME_UP,
    /** The submission was made against an older state of the attempt (another tab, a replayed request). */
    STALE_SEQUENCE,
    /** The attempt is finished and takes no more answers. */
    ALREADY_FINISHED,
    /** The attempt is still in progress, so it cannot be marked by an instructor yet. */
    NOT_FINISHED,
    /** The question is not on this attempt's paper. */
    NOT_ON_PAPER,
    /** The response does not fit the question (wrong kind, unknown option, too long). */
    MALFORMED_RESPONSE,
    /** The question is marked automatically; only essays take an instructor's mark. */
    NOT_MANUALLY_GRADED,
    /** An instructor's mark is above what the question is worth. */
    MARKS_OUT_OF_RANGE
}
