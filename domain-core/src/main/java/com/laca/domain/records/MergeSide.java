package com.laca.domain.records;

/** Which of the two records a merge takes a field's value from; staff choose, the software never guesses. */
public enum MergeSide {
    /** The record that stays current. */
    SURVIVOR,
    /** The record merged into it. */
    ABSORBED
}
