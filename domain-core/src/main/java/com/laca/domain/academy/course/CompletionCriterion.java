package com.laca.domain.academy.course;

/** The parts of completing a course, so what is still missing can be listed part by part. */
public enum CompletionCriterion {
    /** Every required lesson of the version. */
    LESSONS,
    /** A pass in the theory assessment. */
    THEORY,
    /** The minimum of signed-off cases per modality. */
    PRACTICAL_CASES,
    /** Every OSCE station passed. */
    OSCE_STATIONS
}
