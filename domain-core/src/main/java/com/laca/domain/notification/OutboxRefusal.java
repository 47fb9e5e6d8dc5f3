package com.laca.domain.notification;

/** Why an outbox message refused a step, as a closed list a dispatcher or an admin endpoint can act on. */
public enum OutboxRefusal {
    /** The state machine has no arrow from the current state to the requested one. */
    ILLEGAL_TRANSITION,
    /** Its due time (the send delay or the next retry) has not come. */
    NOT_DUE,
    /** Another dispatcher holds a lease that has not run out. */
    LEASE_HELD,
    /** The caller's claim is gone: its lease ran out and another dispatcher took the message over. */
    CLAIM_LOST,
    /** It is being sent right now and can no longer be withdrawn. */
    IN_FLIGHT,
    /** It was sent already. */
    ALREADY_SENT,
    /** Its facts were erased because it carried a secret, so it cannot be sent again; issue a new one. */
    FACTS_ERASED
}
