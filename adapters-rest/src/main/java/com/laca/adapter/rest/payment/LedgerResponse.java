package com.laca.adapter.rest.payment;

import com.laca.application.payment.port.in.LedgerView;
import com.laca.domain.payment.LedgerEntry;

import java.time.Instant;
import java.util.List;

/**
 * An appointment's money for staff: the totals the ledger derives (balance due, clinic revenue, refundable), the
 * dispute flag the owner must see, and every entry.
 */
public record LedgerResponse(String appointmentId, MoneyJson price, MoneyJson captured, MoneyJson paidAtDesk,
                             MoneyJson refunded, MoneyJson forfeited, MoneyJson refundable, MoneyJson clinicRevenue,
                             MoneyJson balanceDue, boolean disputed, String cardPaymentStatus,
                             List<Entry> entries) {

    /** One ledger line. */
    public record Entry(String id, String kind, MoneyJson amount, Instant at, String reference, String reason) {
        static Entry from(LedgerEntry entry) {
            return new Entry(entry.id().toString(), entry.kind().name(), MoneyJson.from(entry.amount()), entry.at(),
                    entry.reference().value(), entry.reason());
        }
    }

    static LedgerResponse from(LedgerView view) {
        return new LedgerResponse(view.appointment().toString(), MoneyJson.from(view.price()),
                MoneyJson.from(view.captured()), MoneyJson.from(view.paidAtDesk()), MoneyJson.from(view.refunded()),
                MoneyJson.from(view.forfeited()), MoneyJson.from(view.refundable()),
                MoneyJson.from(view.clinicRevenue()), MoneyJson.from(view.balanceDue()), view.disputed(),
                view.intentStatus().map(Enum::name).orElse(null),
                view.entries().stream().map(Entry::from).toList());
    }
}
