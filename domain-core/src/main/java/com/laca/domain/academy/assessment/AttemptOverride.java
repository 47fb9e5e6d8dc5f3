package com.laca.domain.academy.assessment;

import java.time.Duration;
import java.util.Objects;

/**
 * Extra time and extra attempts for one learner (an accessibility adjustment or a resit agreed by the academy).
 *
 * @param extraTime     added to the time limit; not negative; ignored when the assessment has no time limit
 * @param extraAttempts added to the attempt limit; not negative
 */
public record AttemptOverride(Duration extraTime, int extraAttempts) {

    public AttemptOverride {
        Objects.requireNonNull(extraTime, "extraTime");
        if (extraTime.isNegative() || extraAttempts < 0) {
            throw new IllegalArgumentException("an override can only add time and attempts");
        }
    }

    /** No adjustment. */
    public static AttemptOverride none() {
        return new AttemptOverride(Duration.ZERO, 0);
    }
}
