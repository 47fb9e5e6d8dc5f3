package com.laca.domain.reporting;

import com.laca.domain.booking.Appointment;
import com.laca.domain.booking.AppointmentStatus;
import com.laca.domain.payment.LedgerEntryKind;
import com.laca.domain.payment.PaymentLedger;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.ResourceId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One appointment as the dashboard sees it (who, when, its status at the moment of reporting and its money ledger),
 * so every figure is computed from the same plain facts whatever store they came from.
 *
 * @param id           the appointment
 * @param practitioner who performs it
 * @param resources    the rooms and devices it holds
 * @param start        the treatment's start
 * @param end          the treatment's end
 * @param status       the status at the moment of reporting (a lapsed hold counts as expired)
 * @param ledger       its money ledger, empty when no money was ever asked for
 */
public record BookingFact(AppointmentId id, PractitionerId practitioner, Set<ResourceId> resources, Instant start,
                          Instant end, AppointmentStatus status, Optional<PaymentLedger> ledger) {

    public BookingFact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(practitioner, "practitioner");
        resources = Set.copyOf(resources);
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(ledger, "ledger");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("an appointment ends after it starts");
        }
    }

    /** The facts of a stored appointment as they stand at {@code now}. */
    public static BookingFact of(Appointment appointment, Instant now, Optional<PaymentLedger> ledger) {
        var details = appointment.details();
        return new BookingFact(details.id(), details.practitioner(), Set.copyOf(details.resources()),
                details.time().start(), details.time().end(), appointment.statusAt(now), ledger);
    }

    /** Its ledger's entries as money movements, each with this appointment's start. */
    public java.util.List<MoneyMovement> movements() {
        return ledger.stream().flatMap(l -> l.entries().stream())
                .map(e -> new MoneyMovement(id, start, e.kind(), e.amount(), e.at())).toList();
    }

        /** True when its ledger records an entry of {@code kind}. */
    public boolean ledgerHas(LedgerEntryKind kind) {
        return ledger.map(l -> l.entries().stream().anyMatch(e -> e.kind() == kind)).orElse(false);
    }

    /** Booked minutes: the treatment's own length in whole minutes, clipped to {@code from}..{@code to}. */
    public long minutesWithin(Instant from, Instant to) {
        Instant s = start.isAfter(from) ? start : from;
        Instant e = end.isBefore(to) ? end : to;
        return e.isAfter(s) ? java.time.Duration.between(s, e).toMinutes() : 0;
    }
}
