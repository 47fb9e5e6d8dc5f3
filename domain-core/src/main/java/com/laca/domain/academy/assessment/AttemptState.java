package com.laca.domain.academy.assessment;

/** Where an attempt is in its life, so a finished attempt can never take another answer or be graded twice. */
public enum AttemptState {
    /** Started; answers are accepted until the deadline plus grace. */
    IN_PROGRESS,
    /** Finished; at least one essay waits for an instructor. */
    AWAITING_GRADING,
    /** Finished and fully graded. */
    GRADED;

    /** Whether the attempt has been finished. */
    public boolean isFinished() {
        return this != IN_PROGRESS;
    }
}
