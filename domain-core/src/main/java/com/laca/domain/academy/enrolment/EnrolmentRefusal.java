package com.laca.domain.academy.enrolment;

/** Why an enrolment command was refused, as a closed list the REST adapter maps to a problem type. */
public enum EnrolmentRefusal {
    /** The state machine has no arrow from the current state to the requested one. */
    ILLEGAL_TRANSITION,
    /** The course does not allow self-enrolment. */
    SELF_ENROLMENT_CLOSED,
    /** The learner does not meet the course's prerequisites (listed). */
    PREREQUISITES_NOT_MET,
    /** The course is not completed yet (what is missing is listed). */
    NOT_COMPLETE,
    /** The access period has run out. */
    ACCESS_EXPIRED,
    /** The access period still runs, so it cannot be recorded as expired. */
    ACCESS_STILL_RUNNING
}
