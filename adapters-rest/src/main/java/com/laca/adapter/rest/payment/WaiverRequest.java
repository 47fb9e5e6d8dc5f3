package com.laca.adapter.rest.payment;

/** Why the clinic waives a forfeited deposit, kept in the ledger. */
public record WaiverRequest(String reason) {
}
