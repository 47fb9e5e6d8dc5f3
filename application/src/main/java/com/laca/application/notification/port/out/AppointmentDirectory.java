package com.laca.application.notification.port.out;

import com.laca.domain.shared.AppointmentId;
import java.time.Instant;
import java.util.Optional;

/**
 * Tells the dispatcher, just before it sends a reminder, whether the appointment still goes ahead and when, because a
 * path that cancelled or moved the appointment without withdrawing its reminders must still never remind anyone of a
 * visit that is not happening; read in the running tenant transaction without the booking area's types.
 */
public interface AppointmentDirectory {

    /** Answers for every appointment that it goes ahead as planned: for embedders that run notifications alone. */
    AppointmentDirectory UNCHECKED = (appointment, plannedStart, now) -> Optional.of(plannedStart);

    /**
     * The appointment's start if it is still going ahead at {@code now} (confirmed, or held with its hold running);
     * empty if it is unknown, cancelled, lapsed, attended or missed.
     *
     * @param plannedStart the start the message was planned for, which adapters that cannot look it up answer with
     */
    Optional<Instant> startIfGoingAhead(AppointmentId appointment, Instant plannedStart, Instant now);
}
