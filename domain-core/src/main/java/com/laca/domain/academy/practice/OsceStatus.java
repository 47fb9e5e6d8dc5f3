package com.laca.domain.academy.practice;

/** Where a trainee stands at one OSCE station. */
public enum OsceStatus {
    /** Not sat yet. */
    NOT_ATTEMPTED,
    /** Failed so far, with sittings left. */
    RESIT_ALLOWED,
    /** Passed. */
    PASSED,
    /** Failed every sitting allowed: the academy must decide what happens next. */
    FAILED_FINAL
}
