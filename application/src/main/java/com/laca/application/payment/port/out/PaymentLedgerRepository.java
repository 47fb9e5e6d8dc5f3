package com.laca.application.payment.port.out;

import com.laca.domain.payment.LedgerEntry;
import com.laca.domain.payment.PaymentLedger;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.Money;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Stores each appointment's append-only money ledger in the current tenant, and locks it, because two concurrent
 * refunds must see each other's reservation or they could together refund more than was captured.
 */
public interface PaymentLedgerRepository {

    /**
     * Locks the appointment's ledger until the transaction ends, creating it (with the treatment's price) first if
     * it does not exist yet, and answers it as stored.
     */
    LockedLedger lockOrOpen(AppointmentId appointment, Money price);

    /** Locks the ledger until the transaction ends, if there is one. */
    Optional<LockedLedger> lock(AppointmentId appointment);

    /** The ledger as stored, without locking it; for reading. */
    Optional<LockedLedger> find(AppointmentId appointment);

    /**
     * The ledgers of these appointments that have one, without locking, read together (a calendar of many
     * appointments costs a fixed number of queries, not one per appointment).
     */
    Map<AppointmentId, LockedLedger> findAll(Collection<AppointmentId> appointments);

    /**
     * Appends one entry the ledger just recorded; storage refuses a second entry with the same id, the second line of
     * defence against recording one fact twice.
     */
    void append(AppointmentId appointment, LedgerEntry entry);

    /**
     * A loaded ledger with the price it is measured against.
     *
     * @param ledger the entries, replayed through the domain's rules
     * @param price  the treatment's price when the ledger was opened
     */
    record LockedLedger(PaymentLedger ledger, Money price) {
        public LockedLedger {
            java.util.Objects.requireNonNull(ledger, "ledger");
            java.util.Objects.requireNonNull(price, "price");
        }
    }
}
