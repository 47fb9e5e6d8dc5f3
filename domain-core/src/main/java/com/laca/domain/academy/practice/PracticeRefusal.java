package com.laca.domain.academy.practice;

/** Why a case log or OSCE command was refused, as a closed list the REST adapter maps to a problem type. */
public enum PracticeRefusal {
    /** Consent or consultation items were not ticked. */
    CHECKLIST_INCOMPLETE,
    /** The case is dated in the future. */
    IN_THE_FUTURE,
    /** A trainee cannot sign off or examine their own work. */
    OWN_WORK,
    /** The supervisor's or examiner's registration has not been verified by an administrator. */
    REGISTRATION_NOT_VERIFIED,
    /** The sign-off is dated before the case. */
    BEFORE_THE_CASE,
    /** The case has already been confirmed or declined. */
    ALREADY_DECIDED,
    /** The station is already passed. */
    ALREADY_PASSED,
    /** Every attempt at the station has been used. */
    NO_ATTEMPTS_LEFT
}
