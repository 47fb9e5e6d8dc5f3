package com.laca.application.booking.service;

import com.laca.application.booking.port.out.BookingSafetyGateway;
import com.laca.application.booking.port.out.SafetyGateRequest;
import com.laca.application.booking.port.out.StoredAppointment;
import com.laca.application.clinic.port.out.FutureBooking;
import com.laca.application.clinic.port.out.FutureBookingsGateway;
import com.laca.domain.booking.Appointment;
import com.laca.domain.booking.AppointmentDetails;
import com.laca.domain.booking.Client;
import com.laca.domain.clinic.Location;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.scheduling.TimeRange;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.ResourceId;
import com.laca.domain.shared.TenantId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Answers the clinic area's question "which future bookings would this change break?" from the booking area's own
 * store, so the clinic area can guard its changes without importing booking (the dependency points booking to clinic).
 */
public final class ClinicFutureBookings implements FutureBookingsGateway {

    /** Far enough ahead to cover any booking window a clinic may set. */
    private static final Duration HORIZON = Duration.ofDays(3660);

    private final BookingPorts ports;
    private final Clock clock;
    private final BookingSafetyGateway safety;

    /** For embedders without a safety gate: no change of jurisdiction can make a booking unlawful. */
    public ClinicFutureBookings(BookingPorts ports, Clock clock) {
        this(ports, clock, BookingSafetyGateway.NONE);
    }

    /** @param safety the gate every booking passes, asked again under a location's new law */
    public ClinicFutureBookings(BookingPorts ports, Clock clock, BookingSafetyGateway safety) {
        this.ports = Objects.requireNonNull(ports, "ports");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.safety = Objects.requireNonNull(safety, "safety");
    }

    @Override
    public List<FutureBooking> ofPractitioner(PractitionerId practitioner) {
        return upcoming(Optional.of(practitioner), Optional.empty(), null);
    }

    @Override
    public List<FutureBooking> atLocation(LocationId location) {
        return upcoming(Optional.empty(), Optional.of(location), null);
    }

    @Override
    public List<FutureBooking> holdingResource(ResourceId resource) {
        return upcoming(Optional.empty(), Optional.empty(), resource);
    }

    /**
     * Each booking at the location is put to the staff gate twice, under the law as stored and under the new one, and
     * listed when only the new law refuses it: a booking already refused for another reason (a screening gone stale)
     * is not the change's doing, and is caught when it is moved or checked in.
     */
    @Override
    public List<FutureBooking> unlawfulAt(TenantId tenant, Location changed) {
        Optional<Location> stored = ports.locations().find(changed.id());
        if (stored.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        return views(ports.appointments().upcomingBooked(new TimeRange(now, now.plus(HORIZON)), Optional.empty(),
                Optional.of(changed.id()), now).stream()
                .filter(s -> refused(tenant, changed, s.appointment(), now)
                        && !refused(tenant, stored.get(), s.appointment(), now))
                .toList(), now);
    }

    private boolean refused(TenantId tenant, Location location, Appointment appointment, Instant now) {
        AppointmentDetails details = appointment.details();
        Optional<Treatment> treatment = ports.treatments().find(details.treatment());
        if (treatment.isEmpty()) {
            return false;
        }
        Optional<Client> client = ports.clients().findAll(List.of(details.client())).stream().findFirst();
        return safety.gateFor(new SafetyGateRequest(tenant, SafetyGateRequest.Stage.RESCHEDULE, treatment.get(),
                        location, client, Optional.empty(), now, SafetyGateRequest.Channel.STAFF))
                .refuse(details.practitioner(), details.time().start()).isPresent();
    }

    private List<FutureBooking> upcoming(Optional<PractitionerId> practitioner, Optional<LocationId> location,
                                         ResourceId resource) {
        Instant now = clock.instant();
        return views(ports.appointments().upcomingBooked(new TimeRange(now, now.plus(HORIZON)),
                        practitioner, location, now).stream()
                .filter(s -> resource == null || s.appointment().details().resources().contains(resource))
                .toList(), now);
    }

    private List<FutureBooking> views(List<StoredAppointment> booked, Instant now) {
        return ports.views().of(booked, now).stream()
                .map(v -> new FutureBooking(v.id(), v.start(), v.treatment(), v.treatmentName(), v.location(),
                        v.clientName()))
                .toList();
    }
}
