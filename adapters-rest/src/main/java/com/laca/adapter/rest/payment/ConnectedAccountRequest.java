package com.laca.adapter.rest.payment;

import jakarta.validation.constraints.NotBlank;

/**
 * The clinic's Stripe Connect account id ({@code acct_...}) after on-boarding; checked by Jakarta Bean Validation,
 * whose refusal is the same validation problem as the hand-written checks' (ConstraintViolationMapper).
 */
public record ConnectedAccountRequest(@NotBlank(message = "is required") String connectedAccountId) {
}
