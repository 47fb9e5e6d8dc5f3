package com.laca.domain.academy.enrolment;

import java.util.EnumSet;
import java.util.Set;

/** Where an enrolment is in its life, with the only moves allowed from each state. */
public enum EnrolmentStatus {
    /** Staff invited the learner, who has not accepted yet. */
    INVITED,
    /** The learner is studying the course. */
    ACTIVE,
    /** The learner completed a version of the course. */
    COMPLETED,
    /** The learner left, or was taken off, the course. */
    WITHDRAWN,
    /** The access period ran out before the course was completed. */
    EXPIRED;

    /** The states this one may move to. */
    public Set<EnrolmentStatus> next() {
        return switch (this) {
            case INVITED -> EnumSet.of(ACTIVE, WITHDRAWN, EXPIRED);
            case ACTIVE -> EnumSet.of(COMPLETED, WITHDRAWN, EXPIRED);
            case COMPLETED -> EnumSet.of(ACTIVE);
            case WITHDRAWN, EXPIRED -> EnumSet.noneOf(EnrolmentStatus.class);
        };
    }

    public boolean canMoveTo(EnrolmentStatus target) {
        return next().contains(target);
    }
}
