package com.laca.application.payment.service;

import com.laca.domain.payment.LedgerEntry;
import com.laca.domain.payment.RefundReason;

/**
 * The one format of a refund's ledger reason ({@code "<what>: <RefundReason>"}), so a refund re-sent after an outage
 * carries exactly the reason of the first attempt, as the processor's idempotency check requires.
 */
final class RefundEntries {

    /** What a refund of a stated amount is called in its ledger reason. */
    static final String REFUND = "refund";
    /** What a refund of everything refundable is called, so a retry of "refund everything" is recognised as one. */
    static final String FULL_REFUND = "full refund";

    private static final String SEPARATOR = ": ";

    private RefundEntries() {
    }

    static String reason(String what, RefundReason reason) {
        return what + SEPARATOR + reason.name();
    }

    /** Whether the entry records a request for everything refundable rather than for a stated amount. */
    static boolean isFull(LedgerEntry issued) {
        return issued.reason().startsWith(FULL_REFUND + SEPARATOR);
    }

    static RefundReason reasonOf(LedgerEntry issued) {
        String text = issued.reason();
        return RefundReason.valueOf(text.substring(text.lastIndexOf(SEPARATOR) + SEPARATOR.length()));
    }
}
