package com.laca.domain.academy.course;

/** Who records a lesson as complete, because attendance and practice are confirmed by staff, not claimed. */
public enum CompletedBy {
    /** The learner, for lessons they complete on their own (video, reading). */
    LEARNER,
    /** An instructor or administrator. */
    STAFF
}
