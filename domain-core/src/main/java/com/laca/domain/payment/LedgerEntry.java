package com.laca.domain.payment;

import com.laca.domain.shared.Money;

import java.time.Instant;
import java.util.Objects;

/**
 * One immutable line of an appointment's money ledger; entries are only ever appended, never changed, so the
 * history of every penny stays auditable.
 *
 * @param id        derived from appointment, kind and reference
 * @param kind      what happened
 * @param amount    a positive amount; the kind says whether money came in or went out
 * @param at        when it happened
 * @param reference what caused it (payment intent, refund, desk receipt, cancellation)
 * @param reason    a short human explanation, never blank
 */
public record LedgerEntry(
        LedgerEntryId id, LedgerEntryKind kind, Money amount, Instant at, PaymentReference reference, String reason) {

    public LedgerEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(reason, "reason");
        if (amount.minorUnits() <= 0) {
            throw new IllegalArgumentException("a ledger entry moves a positive amount: " + amount);
        }
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a ledger entry needs a reason");
        }
    }
}
