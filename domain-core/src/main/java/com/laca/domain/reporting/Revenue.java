package com.laca.domain.reporting;

import com.laca.domain.payment.LedgerEntry;
import com.laca.domain.shared.Money;

import java.time.Instant;
import java.util.Collection;
import java.util.Objects;

/**
 * The money that moved in one period, read from ledger entries, so the owner sees takings apart from what went back.
 *
 * <p>Definitions (an entry counts in the period when its time is at or after {@code from} and before {@code to};
 * entries in another currency are left out):
 * <ul>
 * <li>takings: card deposits captured plus money paid at the desk;</li>
 * <li>refunds: card refunds issued plus desk refunds, less card refunds that later failed;</li>
 * <li>forfeits: deposits the clinic kept, less forfeits it later waived;</li>
 * <li>net: takings less refunds.</li>
 * </ul>
 *
 * @param currency the currency reported
 * @param takings  money in
 * @param refunds  money given back
 * @param forfeits deposits kept by the clinic
 */
public record Revenue(String currency, Money takings, Money refunds, Money forfeits) {

    public Revenue {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(takings, "takings");
        Objects.requireNonNull(refunds, "refunds");
        Objects.requireNonNull(forfeits, "forfeits");
    }

    /** Takings less refunds. */
    public Money net() {
        return takings.minus(refunds);
    }

    /** The revenue of the entries recorded in {@code from}..{@code to} (end excluded). */
    public static Revenue of(Collection<LedgerEntry> entries, String currency, Instant from, Instant to) {
        long takings = 0;
        long refunds = 0;
        long forfeits = 0;
        for (LedgerEntry entry : entries) {
            if (!entry.amount().currency().equals(currency) || entry.at().isBefore(from) || !entry.at().isBefore(to)) {
                continue;
            }
            long amount = entry.amount().minorUnits();
            switch (entry.kind()) {
                case DEPOSIT_PAID, BALANCE_PAID_AT_DESK -> takings += amount;
                case REFUND_ISSUED, REFUNDED_AT_DESK -> refunds += amount;
                case REFUND_FAILED -> refunds -= amount;
                case DEPOSIT_FORFEITED -> forfeits += amount;
                case FORFEIT_WAIVED -> forfeits -= amount;
                case DEPOSIT_REQUESTED, DEPOSIT_DUE_AT_DESK, REFUND_CONFIRMED, DISPUTE_OPENED -> {
                    // no money moved
                }
            }
        }
        return new Revenue(currency, Money.of(takings, currency), Money.of(refunds, currency),
                Money.of(forfeits, currency));
    }
}
