package com.laca.application.booking.service;

import com.laca.application.booking.port.out.AppointmentRepository;
import com.laca.application.booking.port.out.StoredAppointment;
import com.laca.domain.booking.TransitionResult;
import java.time.Instant;
import java.util.List;

/** Saves lapsed holds as EXPIRED through the domain's own transition, for the booking path and the scheduled job alike. */
final class Holds {

    private Holds() {
    }

    /** Returns how many of the holds were expired. */
    static int expire(AppointmentRepository appointments, List<StoredAppointment> lapsed, Instant now) {
        int expired = 0;
        for (StoredAppointment stored : lapsed) {
            if (stored.appointment().expire(now) instanceof TransitionResult.Applied applied) {
                appointments.update(applied.appointment(), stored.version());
                expired++;
            }
        }
        return expired;
    }
}
