package com.laca.application.shared;

import java.util.List;

/**
 * The change would break future held or confirmed appointments and the caller did not say to keep them; it carries
 * the appointments so the answer can list them.
 */
public class AffectsBookingsException extends RuntimeException {

    private final transient List<AffectedAppointment> appointments;

    public AffectsBookingsException(String change, List<AffectedAppointment> appointments) {
        super(change + " would affect " + appointments.size() + " booked appointment(s); keep them explicitly or "
                + "move them first");
        this.appointments = List.copyOf(appointments);
    }

    public List<AffectedAppointment> appointments() {
        return appointments;
    }
}
