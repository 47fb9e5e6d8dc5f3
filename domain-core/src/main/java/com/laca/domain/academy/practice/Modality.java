package com.laca.domain.academy.practice;

/**
 * How involved the trainee was in a case, because competence is built from watching, to doing under supervision, to
 * doing alone; each counts only towards its own minimum.
 */
public enum Modality {
    /** The trainee watched a qualified practitioner treat. */
    OBSERVED,
    /** The trainee treated with a supervisor present. */
    PERFORMED_UNDER_SUPERVISION,
    /** The trainee treated alone; the supervisor reviewed the case afterwards. */
    INDEPENDENT
}
