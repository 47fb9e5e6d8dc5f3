package com.laca.domain.academy.practice;

/** What the supervisor decided about a logged case. */
public enum SignOffDecision {
    /** The case happened as logged and counts towards the trainee's minimum. */
    CONFIRMED,
    /** The supervisor does not confirm it (with a comment why); it does not count. */
    DECLINED
}
