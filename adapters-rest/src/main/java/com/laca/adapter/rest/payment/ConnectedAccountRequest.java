package com.laca.adapter.rest.payment;

/** The clinic's Stripe Connect account id ({@code acct_...}) after on-boarding. */
public record ConnectedAccountRequest(String connectedAccountId) {
}
