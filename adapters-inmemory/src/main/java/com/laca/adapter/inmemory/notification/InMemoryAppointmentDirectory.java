package com.laca.adapter.inmemory.notification;

import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.application.notification.port.out.AppointmentDirectory;
import com.laca.domain.shared.AppointmentId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Answers whether an appointment still goes ahead from whatever in-memory store keeps the appointments (given as a
 * look-up, since the notification area does not know the booking area's repositories), inside the running
 * transaction.
 */
public final class InMemoryAppointmentDirectory implements AppointmentDirectory {

    private final InMemoryTransactionRunner tx;
    private final BiFunction<AppointmentId, Instant, Optional<Instant>> lookup;

    /** @param lookup the appointment's start if it goes ahead at the given moment */
    public InMemoryAppointmentDirectory(InMemoryTransactionRunner tx,
                                        BiFunction<AppointmentId, Instant, Optional<Instant>> lookup) {
        this.tx = Objects.requireNonNull(tx, "tx");
        this.lookup = Objects.requireNonNull(lookup, "lookup");
    }

    @Override
    public Optional<Instant> startIfGoingAhead(AppointmentId appointment, Instant plannedStart, Instant now) {
        tx.tenant();
        return lookup.apply(appointment, now);
    }
}
