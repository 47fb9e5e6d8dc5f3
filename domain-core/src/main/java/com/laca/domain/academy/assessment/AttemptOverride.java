package com.laca.domain.academy.assessment;

import java.time.Duration;
import java.util.Objects;

/**
 * Extra time, extra attempts and a later closing for one learner (an accessibility adjustment, a resit or an extended
 * deadline agreed by the academy); every part only adds, so an override can never make a learner's terms worse.
 *
 * @param extraTime      added to the time limit; not negative; ignored when the assessment has no time limit
 * @param extraAttempts  added to the attempt limit; not negative
 * @param closeExtension added to the assessment's closing time for this learner; not negative; ignored when the
 *                       assessment does not close
 */
public record AttemptOverride(Duration extraTime, int extraAttempts, Duration closeExtension) {

    public AttemptOverride {
        Objects.requireNonNull(extraTime, "extraTime");
        Objects.requireNonNull(closeExtension, "closeExtension");
        if (extraTime.isNegative() || extraAttempts < 0 || closeExtension.isNegative()) {
            throw new IllegalArgumentException("an override can only add time, attempts and a later close");
        }
    }

    /** Extra time and attempts, with the assessment's own close. */
    public AttemptOverride(Duration extraTime, int extraAttempts) {
        this(extraTime, extraAttempts, Duration.ZERO);
    }

    /** No adjustment. */
    public static AttemptOverride none() {
        return new AttemptOverride(Duration.ZERO, 0, Duration.ZERO);
    }
}
