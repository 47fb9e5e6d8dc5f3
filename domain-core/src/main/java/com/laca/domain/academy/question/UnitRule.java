package com.laca.domain.academy.question;

/** Whether a numeric question asks for a unit, because "4" and "4 ml" are different answers to a dosing question. */
public enum UnitRule {
    /** No unit is asked for; anything typed after the number is ignored. */
    NOT_ASKED,
    /** A unit may be given; none means the principal unit; an unknown unit makes the answer wrong. */
    OPTIONAL,
    /** A unit must be given; none, or an unknown one, makes the answer wrong. */
    REQUIRED
}
