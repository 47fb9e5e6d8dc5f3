package com.laca.domain.records;

/** When in a treatment a clinical photo was taken, so before and after can be shown side by side. */
public enum PhotoKind {
    BEFORE,
    AFTER,
    /** At a review or follow-up visit. */
    FOLLOW_UP
}
