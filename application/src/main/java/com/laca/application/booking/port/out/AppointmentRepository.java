package com.laca.application.booking.port.out;

import com.laca.application.shared.TransactionRunner;
import com.laca.domain.booking.Appointment;
import com.laca.domain.booking.AppointmentStatus;
import com.laca.domain.booking.StandingBookings;
import com.laca.domain.scheduling.TimeRange;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.ResourceId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Stores the current tenant's appointments; always called inside {@link TransactionRunner#inTenant}. "Active" means
 * the stored status occupies time (held, confirmed, checked in, completed); a held appointment whose hold has lapsed is
 * still active here until it is expired, so callers expire lapsed holds before they book.
 */
public interface AppointmentRepository {

    /**
     * Serialises bookings that compete for the same people or rooms: locks the locations (given when the booking
     * needs one of their rooms or other resources) and then the practitioners, each in id order so two bookings never
     * wait on each other in a circle, until the transaction ends. This is what prevents double bookings on databases
     * without exclusion constraints (H2); on PostgreSQL the constraints are a second guard.
     *
     * @throws com.laca.application.shared.NotFoundException if a location or practitioner does not exist
     */
    void lockForBooking(Collection<LocationId> locations, Collection<PractitionerId> practitioners);

    /**
     * Stores a new appointment at version 0 with the hash of its manage token.
     *
     * @throws SlotTakenException if its time overlaps another active appointment of the practitioner or a resource
     */
    default void insert(Appointment appointment, String manageTokenHash) {
        insert(appointment, manageTokenHash, Optional.empty());
    }

    /**
     * Stores a new appointment at version 0 with the hash of its manage token and, for a public booking, the key of
     * the network address it came from, which {@link #standingFromOrigin} counts by.
     *
     * @param originKey a hash of tenant and address, never the address itself; empty for bookings made by staff
     * @throws SlotTakenException if its time overlaps another active appointment of the practitioner or a resource
     */
    void insert(Appointment appointment, String manageTokenHash, Optional<String> originKey);

    /**
     * What the client holds at {@code now}: appointments that start later and are confirmed or held with the hold
     * still running, and how many of those are such holds.
     */
    StandingBookings standingOfClient(ClientId client, Instant now);

    /** What the public bookings stored with this origin key hold at {@code now}, counted as for a client. */
    StandingBookings standingFromOrigin(String originKey, Instant now);

    /**
     * Replaces the stored appointment if it is still at {@code expectedVersion}; returns it at the next version.
     *
     * @throws com.laca.application.shared.VersionConflictException if it changed meanwhile
     * @throws com.laca.application.shared.NotFoundException        if there is no such appointment
     * @throws SlotTakenException                                          if a reschedule overlaps another one
     */
    StoredAppointment update(Appointment appointment, long expectedVersion);

    Optional<StoredAppointment> find(AppointmentId id);

    Optional<StoredAppointment> findByManageTokenHash(String manageTokenHash);

    /**
     * Active appointments whose occupied span (buffers included) overlaps {@code range} and that either belong to one
     * of the practitioners (at any location) or hold one of the resources: the busy time of a schedule.
     */
    List<Appointment> activeOverlapping(TimeRange range, Collection<PractitionerId> practitioners,
                                        Collection<ResourceId> resources);

    /**
     * Appointments in any status whose treatment time overlaps {@code range}, optionally of one practitioner and at
     * one location, ordered by start and id.
     */
    List<StoredAppointment> calendar(TimeRange range, Optional<PractitionerId> practitioner,
                                     Optional<LocationId> location);

    /**
     * The appointment read again under a row lock held until the transaction ends, as another transaction may have
     * changed it since it was first read (two bookings, or a booking and the expiry job, expiring the same lapsed hold):
     * the second waits for the first and then sees what it committed.
     */
    Optional<StoredAppointment> findLocked(AppointmentId id);

    /** Held appointments whose hold ran out at or before {@code now} and whose occupied span overlaps the range. */
    List<StoredAppointment> lapsedHolds(Instant now, TimeRange overlapping);

    /** Every held appointment of the tenant whose hold ran out at or before {@code now}. */
    List<StoredAppointment> lapsedHolds(Instant now);

    /**
     * Future held or confirmed appointments (status at {@code now}, starting at or after it) whose treatment time
     * overlaps {@code range}, optionally of one practitioner and at one location: the bookings a schedule change
     * would break.
     */
    default List<StoredAppointment> upcomingBooked(TimeRange range, Optional<PractitionerId> practitioner,
                                                   Optional<LocationId> location, Instant now) {
        return calendar(range, practitioner, location).stream()
                .filter(s -> !s.appointment().details().time().start().isBefore(now))
                .filter(s -> {
                    AppointmentStatus status = s.appointment().statusAt(now);
                    return status == AppointmentStatus.HELD || status == AppointmentStatus.CONFIRMED;
                })
                .toList();
    }
}
