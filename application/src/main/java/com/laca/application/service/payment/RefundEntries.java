package com.laca.application.service.payment;

import com.laca.application.port.out.RefundReason;
import com.laca.domain.payment.LedgerEntry;

/**
 * The one format of a refund's ledger reason ({@code "<what>: <RefundReason>"}), so a refund re-sent after an outage
 * carries exactly the reason of the first attempt, as the processor's idempotency check requires.
 */
final class RefundEntries {

    private static final String SEPARATOR = ": ";

    private RefundEntries() {
    }

    static String reason(String what, RefundReason reason) {
        return what + SEPARATOR + reason.name();
    }

    static RefundReason reasonOf(LedgerEntry issued) {
        String text = issued.reason();
        return RefundReason.valueOf(text.substring(text.lastIndexOf(SEPARATOR) + SEPARATOR.length()));
    }
}
