package com.laca.application.booking.service;

import com.laca.application.booking.port.out.AppointmentRepository;
import com.laca.application.booking.port.out.StoredAppointment;
import com.laca.domain.booking.TransitionResult;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Saves lapsed holds as EXPIRED through the domain's own transition, for the booking path and the scheduled job alike. */
final class Holds {

    private Holds() {
    }

    /**
     * Returns how many of the holds were expired. Each is read again under its row lock first, so a hold another
     * transaction expired meanwhile is skipped rather than failing this one on its stale version.
     */
    static int expire(AppointmentRepository appointments, List<StoredAppointment> lapsed, Instant now) {
        int expired = 0;
        for (StoredAppointment listed : lapsed) {
            Optional<StoredAppointment> current = appointments.findLocked(listed.appointment().id());
            if (current.isPresent()
                    && current.get().appointment().expire(now) instanceof TransitionResult.Applied applied) {
                appointments.update(applied.appointment(), current.get().version());
                expired++;
            }
        }
        return expired;
    }
}
