package com.laca.application.payment.port.in;

import com.laca.domain.payment.IntentStatus;
import com.laca.domain.payment.LedgerEntry;
import com.laca.domain.payment.PaymentLedger;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.Money;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An appointment's money as staff see it: every entry plus the totals derived from them, so the screen and the
 * books show the same figures the ledger computes.
 *
 * @param disputed     true once the client disputed the card payment with their bank: shown to the owner
 * @param intentStatus where the card deposit stands at the processor, when one was asked for
 */
public record LedgerView(AppointmentId appointment, Money price, Money captured, Money paidAtDesk, Money refunded,
                         Money forfeited, Money refundable, Money clinicRevenue, Money balanceDue, boolean disputed,
                         Optional<IntentStatus> intentStatus, List<LedgerEntry> entries) {

    public LedgerView {
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(intentStatus, "intentStatus");
        entries = List.copyOf(entries);
    }

    /** The same view for an appointment whose price is no longer owed (cancelled, lapsed, missed): nothing due. */
    public LedgerView withNothingDue() {
        return new LedgerView(appointment, price, captured, paidAtDesk, refunded, forfeited, refundable, clinicRevenue,
                Money.zero(price.currency()), disputed, intentStatus, entries);
    }

    /** The view of a ledger measured against the treatment's price. */
    public static LedgerView of(PaymentLedger ledger, Money price, Optional<IntentStatus> intentStatus) {
        return new LedgerView(ledger.appointment(), price, ledger.captured(), ledger.paidAtDesk(), ledger.refunded(),
                ledger.forfeited(), ledger.refundable(), ledger.clinicRevenue(), ledger.balanceDue(price),
                ledger.disputed(), intentStatus, ledger.entries());
    }
}
