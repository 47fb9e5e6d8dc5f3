package com.laca.application.payment.service;

import com.laca.adapter.inmemory.shared.InMemoryTable;
import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.application.booking.port.in.BookedAppointments;
import com.laca.domain.booking.AppointmentStatus;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.Money;
import com.laca.domain.shared.TenantId;

import java.time.Instant;
import java.util.Optional;

/**
 * The booking engine as payments see it, with the rules of the real one (a lapsed hold is never revived), so payment
 * tests can stage a hold, let it lapse and give its slot away.
 */
public final class InMemoryBookedAppointments implements BookedAppointments {

    private record Key(TenantId tenant, AppointmentId appointment) {
    }

    private record Row(AppointmentStatus status, Instant holdExpiresAt, Instant start, Money price,
                       boolean slotTaken, int confirmations) {
    }

    private final InMemoryTransactionRunner tx;
    private final InMemoryTable<Key, Row> rows;

    InMemoryBookedAppointments(InMemoryTransactionRunner tx) {
        this.tx = tx;
        this.rows = tx.newTable();
    }

    /** Stages a held appointment in the current tenant. */
    public void hold(AppointmentId appointment, Instant holdExpiresAt, Instant start, Money price) {
        rows.put(new Key(tx.tenant(), appointment),
                new Row(AppointmentStatus.HELD, holdExpiresAt, start, price, false, 0));
    }

    /** Stages an appointment in any status in the current tenant. */
    public void put(AppointmentId appointment, AppointmentStatus status, Instant start, Money price) {
        rows.put(new Key(tx.tenant(), appointment), new Row(status, null, start, price, false, 0));
    }

    /** Someone else booked the slot of this (lapsed) hold. */
    public void giveSlotAway(AppointmentId appointment) {
        Key key = new Key(tx.tenant(), appointment);
        Row row = rows.get(key).orElseThrow();
        rows.put(key, new Row(row.status(), row.holdExpiresAt(), row.start(), row.price(), true,
                row.confirmations()));
    }

    /** How many times the appointment was moved to CONFIRMED by a payment. */
    public int confirmations(AppointmentId appointment) {
        return rows.get(new Key(tx.tenant(), appointment)).map(Row::confirmations).orElse(0);
    }

    @Override
    public Optional<BookedAppointment> find(AppointmentId appointment, Instant now) {
        return rows.get(new Key(tx.tenant(), appointment))
                .map(row -> new BookedAppointment(appointment, statusAt(row, now), row.start(), row.price()));
    }

    @Override
    public PaidConfirmation confirmPaid(AppointmentId appointment, Instant now) {
        Key key = new Key(tx.tenant(), appointment);
        Optional<Row> found = rows.get(key);
        if (found.isEmpty()) {
            return new PaidConfirmation.CannotKeep(PaidConfirmation.Why.UNKNOWN_APPOINTMENT);
        }
        Row row = found.get();
        AppointmentStatus status = statusAt(row, now);
        if (status == AppointmentStatus.CANCELLED) {
            return new PaidConfirmation.CannotKeep(PaidConfirmation.Why.CANCELLED);
        }
        if (status != AppointmentStatus.HELD && status != AppointmentStatus.EXPIRED) {
            return new PaidConfirmation.AlreadyConfirmed();
        }
        if (status == AppointmentStatus.EXPIRED) {
            return new PaidConfirmation.CannotKeep(row.slotTaken() ? PaidConfirmation.Why.SLOT_TAKEN
                    : PaidConfirmation.Why.HOLD_LAPSED);
        }
        rows.put(key, new Row(AppointmentStatus.CONFIRMED, null, row.start(), row.price(), row.slotTaken(),
                row.confirmations() + 1));
        return new PaidConfirmation.Confirmed();
    }

    private static AppointmentStatus statusAt(Row row, Instant now) {
        return row.status() == AppointmentStatus.HELD && !now.isBefore(row.holdExpiresAt())
                ? AppointmentStatus.EXPIRED : row.status();
    }
}
