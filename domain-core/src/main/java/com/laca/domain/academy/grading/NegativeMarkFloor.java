package com.laca.domain.academy.grading;

/**
 * Where negative marks stop, configured per assessment, because exam boards differ on whether a wrong guess can cost
 * marks earned elsewhere.
 */
public enum NegativeMarkFloor {
    /** Negative marks count in full; the total, and so the score, may fall below zero. */
    NONE,
    /** Negative marks reduce the total, but the total never falls below zero (the usual exam rule). */
    TOTAL,
    /** No question scores below zero: negative options cost nothing (negative marking switched off). */
    EACH_QUESTION
}
