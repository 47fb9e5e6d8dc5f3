package com.laca.domain.academy.certificate;

/**
 * What applying a regrade does to the certificate of a learner who no longer passes, chosen by the person applying
 * it: suspending is the default because it can be undone (a resit, a second correction).
 */
public enum RegradeAction {
    /** Suspend: the verify page says "suspended" with the reason; a later regrade that restores the pass lifts it. */
    SUSPEND,
    /** Revoke for good, with the reason. */
    REVOKE
}
