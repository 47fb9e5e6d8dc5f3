package com.laca.application.booking.port.in;

import com.laca.application.shared.Caller;
import com.laca.domain.shared.AppointmentId;
import java.util.List;

/**
 * The clinic's day: the calendar (needs {@code APPOINTMENTS_VIEW}) and the lifecycle actions on an appointment
 * (needs {@code APPOINTMENTS_MANAGE}).
 */
public interface StaffCalendarUseCase {

    /** Appointments overlapping the dates, ordered by start; cancelled and expired ones included with their status. */
    List<AppointmentView> calendar(Caller caller, CalendarQuery query);

    AppointmentView get(Caller caller, AppointmentId id);

    TransitionOutcome act(Caller caller, AppointmentId id, AppointmentAction action);
}
