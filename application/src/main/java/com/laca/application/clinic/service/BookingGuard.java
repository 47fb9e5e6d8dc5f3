package com.laca.application.clinic.service;

import com.laca.application.clinic.port.out.FutureBooking;
import com.laca.application.shared.AffectedAppointment;
import com.laca.application.shared.AffectedBookings;
import com.laca.application.shared.AffectsBookingsException;
import java.util.List;

/**
 * The one place a clinic-record change meets the bookings it would break: refused with the list unless the caller
 * keeps them, and then logged by id, so no booking is ever orphaned silently.
 */
final class BookingGuard {

    private static final System.Logger LOG = System.getLogger(BookingGuard.class.getName());

    private BookingGuard() {
    }

    static void check(String change, List<FutureBooking> broken, AffectedBookings affected) {
        if (broken.isEmpty()) {
            return;
        }
        if (affected == AffectedBookings.REFUSE) {
            throw new AffectsBookingsException(change, broken.stream()
                    .map(b -> new AffectedAppointment(b.id(), b.start(), b.treatmentName(), b.clientName()))
                    .toList());
        }
        LOG.log(System.Logger.Level.INFO, "{0} keeps {1} booked appointment(s) at the caller''s request: {2}", change,
                broken.size(), broken.stream().map(b -> b.id().toString()).toList());
    }
}
