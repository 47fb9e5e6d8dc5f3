package com.laca.domain.academy.course;

/** How advanced a course is, as printed in the course listing and on the CPD record. */
public enum CourseLevel {
    /** For practitioners new to the treatment. */
    FOUNDATION,
    /** Builds on a foundation course. */
    INTERMEDIATE,
    /** For experienced practitioners. */
    ADVANCED
}
