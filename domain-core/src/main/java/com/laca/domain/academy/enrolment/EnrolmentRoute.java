package com.laca.domain.academy.enrolment;

/** How a learner came onto a course, kept for the academy's records. */
public enum EnrolmentRoute {
    /** Staff invited them; they accepted. */
    INVITED,
    /** Staff enrolled them directly. */
    BY_STAFF,
    /** They enrolled themselves on a course that allows it. */
    SELF
}
