package com.laca.application.payment.service;

/** What settling a cancelled or missed appointment's deposit did, so callers and tests see which way it went. */
public enum SettlementResult {
    /** Card money was refunded. */
    REFUNDED,
    /** The clinic keeps the deposit. */
    FORFEITED,
    /** Nothing was held (no card deposit, or already settled) or the deposit moves with a reschedule. */
    NOTHING_TO_SETTLE,
    /** The processor refused the refund; it is recorded as failed and staff must act. */
    REFUND_DECLINED
}
