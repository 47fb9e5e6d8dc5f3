package com.laca.application.booking.service;

import com.laca.application.booking.port.out.StoredAppointment;
import com.laca.application.clinic.port.out.FutureBooking;
import com.laca.application.clinic.port.out.FutureBookingsGateway;
import com.laca.domain.scheduling.TimeRange;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.ResourceId;
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

    public ClinicFutureBookings(BookingPorts ports, Clock clock) {
        this.ports = Objects.requireNonNull(ports, "ports");
        this.clock = Objects.requireNonNull(clock, "clock");
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

    private List<FutureBooking> upcoming(Optional<PractitionerId> practitioner, Optional<LocationId> location,
                                         ResourceId resource) {
        Instant now = clock.instant();
        List<StoredAppointment> booked = ports.appointments().upcomingBooked(new TimeRange(now, now.plus(HORIZON)),
                        practitioner, location, now).stream()
                .filter(s -> resource == null || s.appointment().details().resources().contains(resource))
                .toList();
        return ports.views().of(booked, now).stream()
                .map(v -> new FutureBooking(v.id(), v.start(), v.treatment(), v.treatmentName(), v.location(),
                        v.clientName()))
                .toList();
    }
}
