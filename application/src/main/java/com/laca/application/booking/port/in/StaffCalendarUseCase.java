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

    /**
     * Cancels on the clinic's side and records who and why, so a cancelled slot on the calendar explains itself.
     *
     * @throws com.laca.application.shared.InvalidInputException if the reason is OTHER without words
     */
    TransitionOutcome cancel(Caller caller, AppointmentId id, StaffCancellation why);

    /** Appends a staff-only note to the appointment (needs {@code APPOINTMENTS_MANAGE}); answers the appointment. */
    AppointmentView addNote(Caller caller, AppointmentId id, String text);
}
