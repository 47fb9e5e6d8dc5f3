package com.laca.domain.academy.practice;

/** Where a logged case stands with its supervisor. */
public enum CaseStatus {
    /** Logged by the trainee, waiting for the supervisor. */
    AWAITING_SIGN_OFF,
    /** Confirmed by the supervisor: it counts. */
    SIGNED_OFF,
    /** Declined by the supervisor: it does not count. */
    DECLINED
}
