package com.laca.domain.booking;

/** Why an appointment refused to change state, as a closed list the REST adapter maps to a problem type. */
public enum TransitionRefusal {
    /** The state machine has no arrow from the current state to the requested one. */
    ILLEGAL_TRANSITION,
    /** The hold lapsed before the deposit was confirmed. */
    HOLD_EXPIRED,
    /** The hold cannot be expired while it still runs. */
    HOLD_STILL_RUNNING,
    /** The appointment has started, so it can no longer be cancelled or moved. */
    ALREADY_STARTED,
    /** A no-show can only be recorded once the start time has passed. */
    NOT_STARTED_YET
}
