package com.laca.domain.payment;

/** Whether the clinic applies its cancellation policy or waives a forfeit as a goodwill gesture; an explicit choice, not a flag. */
public enum ForfeitWaiver {
    /** Do what the cancellation policy says. */
    APPLY_POLICY,
    /** Refund even though the policy says forfeit. */
    WAIVE
}
