package com.laca.application.booking.port.in;

import com.laca.application.shared.AffectedBookings;
import com.laca.application.shared.Caller;
import com.laca.domain.booking.BookingPolicy;
import com.laca.domain.scheduling.Closure;
import com.laca.domain.scheduling.DayOverride;
import com.laca.domain.scheduling.ResourceBlock;
import com.laca.domain.scheduling.Scheduled;
import com.laca.domain.scheduling.TimeOff;
import com.laca.domain.scheduling.WorkingHours;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.ResourceId;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * When people and rooms are available: weekly working hours, date overrides, closures and the booking policy need
 * {@code SETTINGS_MANAGE}; time off and blocked rooms need {@code APPOINTMENTS_MANAGE} (front desk blocks time).
 * Reading needs {@code APPOINTMENTS_VIEW}, except the booking policy, a setting like the clinic's records, which needs
 * {@code SETTINGS_VIEW}. Existing appointments are never moved by a schedule change.
 */
public interface ManageScheduleUseCase {

    List<WorkingHours> workingHours(Caller caller, PractitionerId practitioner);

    /** Replaces all of a practitioner's weekly rules at once, so a week is never left half-edited. */
    List<WorkingHours> replaceWorkingHours(Caller caller, PractitionerId practitioner, List<WorkingHours> rules);

    List<DayOverride> overrides(Caller caller, PractitionerId practitioner, LocalDate from, LocalDate to);

    /** Sets (or replaces) the hours of one practitioner at one location on one date; no windows means closed. */
    DayOverride setOverride(Caller caller, DayOverride override);

    void removeOverride(Caller caller, PractitionerId practitioner, LocationId location, LocalDate date);

    List<Scheduled<TimeOff>> timeOff(Caller caller, PractitionerId practitioner, LocalDate from, LocalDate to);

    /** Adds time off, refusing it if it covers future bookings of the practitioner. */
    default Scheduled<TimeOff> addTimeOff(Caller caller, TimeOff timeOff) {
        return addTimeOff(caller, timeOff, AffectedBookings.REFUSE);
    }

    /**
     * Adds time off; with {@link AffectedBookings#REFUSE} a period covering future held or confirmed appointments of
     * the practitioner is {@link AffectsBookingsException} listing them.
     */
    Scheduled<TimeOff> addTimeOff(Caller caller, TimeOff timeOff, AffectedBookings affected);

    /**
     * Removes an entry of this practitioner's time off; an entry of another practitioner is
     * {@link com.laca.application.shared.NotFoundException}, so a URL naming one person cannot remove another's.
     */
    void removeTimeOff(Caller caller, PractitionerId practitioner, UUID id);

    List<Closure> closures(Caller caller, LocalDate from, LocalDate to);

    /** Closes the whole clinic on a date (a bank holiday); setting it again renames it. */
    default Closure setClosure(Caller caller, Closure closure) {
        return setClosure(caller, closure, AffectedBookings.REFUSE);
    }

    /**
     * Closes the clinic on a date; with {@link AffectedBookings#REFUSE} a date with future held or confirmed
     * appointments is {@link AffectsBookingsException} listing them.
     */
    Closure setClosure(Caller caller, Closure closure, AffectedBookings affected);

    void removeClosure(Caller caller, LocalDate date);

    List<Scheduled<ResourceBlock>> resourceBlocks(Caller caller, LocationId location, LocalDate from, LocalDate to);

    Scheduled<ResourceBlock> blockResource(Caller caller, ResourceBlock block);

    /**
     * Removes a block of this room or device; a block of another one is
     * {@link com.laca.application.shared.NotFoundException}, so a URL naming one room cannot unblock another.
     */
    void unblockResource(Caller caller, ResourceId resource, UUID id);

    BookingPolicy bookingPolicy(Caller caller);

    BookingPolicy setBookingPolicy(Caller caller, BookingPolicy policy);
}
