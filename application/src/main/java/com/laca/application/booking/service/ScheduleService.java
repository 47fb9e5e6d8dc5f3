package com.laca.application.booking.service;

import com.laca.application.booking.port.in.ManageScheduleUseCase;
import com.laca.application.booking.port.out.StoredAppointment;
import com.laca.application.shared.AffectedAppointment;
import com.laca.application.shared.AffectedBookings;
import com.laca.application.shared.AffectsBookingsException;
import com.laca.application.shared.Caller;
import com.laca.application.shared.InvalidInputException;
import com.laca.application.shared.NotFoundException;
import com.laca.domain.booking.BookingPolicy;
import com.laca.domain.clinic.Practitioner;
import com.laca.domain.clinic.Resource;
import com.laca.domain.identity.Permission;
import com.laca.domain.scheduling.Closure;
import com.laca.domain.scheduling.DayOverride;
import com.laca.domain.scheduling.ResourceBlock;
import com.laca.domain.scheduling.Scheduled;
import com.laca.domain.scheduling.TimeOff;
import com.laca.domain.scheduling.WorkingHours;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.ResourceId;
import com.laca.domain.tenancy.Tenant;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Keeps rotas, overrides, closures, time off and blocked rooms, checking that every id names a record of the caller's
 * own clinic; existing appointments are never moved by a change here, and every change moves the clinic's
 * {@link com.laca.application.clinic.port.out.ReferenceDataVersion} on in its own transaction so cached availability inputs
 * are never served stale.
 */
public final class ScheduleService implements ManageScheduleUseCase {

    /** A listing of schedule entries covers at most a year, so no request can ask for an unbounded result. */
    private static final int MAX_LISTING_DAYS = 366;

    private static final System.Logger LOG = System.getLogger(ScheduleService.class.getName());

    private final BookingPorts ports;
    private final Clock clock;

    public ScheduleService(BookingPorts ports, Clock clock) {
        this.ports = Objects.requireNonNull(ports, "ports");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public List<WorkingHours> workingHours(Caller caller, PractitionerId practitioner) {
        caller.require(Permission.APPOINTMENTS_VIEW);
        return in(caller, () -> {
            requirePractitioner(practitioner);
            return ports.schedules().workingHours(practitioner);
        });
    }

    @Override
    public List<WorkingHours> replaceWorkingHours(Caller caller, PractitionerId practitioner,
                                                  List<WorkingHours> rules) {
        caller.require(Permission.SETTINGS_MANAGE);
        for (WorkingHours rule : rules) {
            if (!rule.practitioner().equals(practitioner)) {
                throw new InvalidInputException("rules", "every rule must be for practitioner " + practitioner);
            }
        }
        return in(caller, () -> {
            Practitioner who = requirePractitioner(practitioner);
            for (int i = 0; i < rules.size(); i++) {
                requireLocation(rules.get(i).location(), "rules");
                requireWorksAt(who, rules.get(i).location(), "[" + i + "].location");
            }
            ports.schedules().replaceWorkingHours(practitioner, rules);
            ports.referenceData().bump();
            return ports.schedules().workingHours(practitioner);
        });
    }

    @Override
    public List<DayOverride> overrides(Caller caller, PractitionerId practitioner, LocalDate from, LocalDate to) {
        caller.require(Permission.APPOINTMENTS_VIEW);
        DateRanges.requireValid(from, to, MAX_LISTING_DAYS);
        return in(caller, () -> {
            requirePractitioner(practitioner);
            return ports.schedules().overrides(practitioner, from, to);
        });
    }

    @Override
    public DayOverride setOverride(Caller caller, DayOverride override) {
        caller.require(Permission.SETTINGS_MANAGE);
        return in(caller, () -> {
            Practitioner who = requirePractitioner(override.practitioner());
            requireLocation(override.location(), "location");
            requireWorksAt(who, override.location(), "location");
            ports.schedules().putOverride(override);
            ports.referenceData().bump();
            return override;
        });
    }

    @Override
    public void removeOverride(Caller caller, PractitionerId practitioner, LocationId location, LocalDate date) {
        caller.require(Permission.SETTINGS_MANAGE);
        in(caller, () -> {
            if (!ports.schedules().removeOverride(practitioner, location, date)) {
                throw new NotFoundException("override", date);
            }
            ports.referenceData().bump();
            return null;
        });
    }

    /** Local dates are read in the clinic's own zone. */
    @Override
    public List<Scheduled<TimeOff>> timeOff(Caller caller, PractitionerId practitioner, LocalDate from,
                                            LocalDate to) {
        caller.require(Permission.APPOINTMENTS_VIEW);
        DateRanges.requireValid(from, to, MAX_LISTING_DAYS);
        return in(caller, () -> {
            requirePractitioner(practitioner);
            return ports.schedules().timeOff(practitioner, DateRanges.span(from, to, tenantZone(caller)));
        });
    }

    @Override
    public Scheduled<TimeOff> addTimeOff(Caller caller, TimeOff timeOff, AffectedBookings affected) {
        caller.require(Permission.APPOINTMENTS_MANAGE);
        Objects.requireNonNull(affected, "affected");
        return in(caller, () -> {
            requirePractitioner(timeOff.practitioner());
            guardBookings(caller, "time off for practitioner " + timeOff.practitioner(), affected,
                    ports.appointments().upcomingBooked(timeOff.period(), Optional.of(timeOff.practitioner()),
                            Optional.empty(), clock.instant()));
            Scheduled<TimeOff> scheduled = new Scheduled<>(UUID.randomUUID(), timeOff);
            ports.schedules().addTimeOff(scheduled);
            ports.referenceData().bump();
            return scheduled;
        });
    }

    @Override
    public void removeTimeOff(Caller caller, PractitionerId practitioner, UUID id) {
        caller.require(Permission.APPOINTMENTS_MANAGE);
        in(caller, () -> {
            if (!ports.schedules().removeTimeOff(practitioner, id)) {
                throw new NotFoundException("time off", id);
            }
            ports.referenceData().bump();
            return null;
        });
    }

    @Override
    public List<Closure> closures(Caller caller, LocalDate from, LocalDate to) {
        caller.require(Permission.APPOINTMENTS_VIEW);
        DateRanges.requireValid(from, to, MAX_LISTING_DAYS);
        return in(caller, () -> ports.schedules().closures(from, to));
    }

    @Override
    public Closure setClosure(Caller caller, Closure closure, AffectedBookings affected) {
        caller.require(Permission.SETTINGS_MANAGE);
        Objects.requireNonNull(affected, "affected");
        return in(caller, () -> {
            guardBookings(caller, "a closure on " + closure.date(), affected, ports.appointments().upcomingBooked(
                    DateRanges.span(closure.date(), closure.date(), tenantZone(caller)), Optional.empty(),
                    Optional.empty(), clock.instant()));
            ports.schedules().putClosure(closure);
            ports.referenceData().bump();
            return closure;
        });
    }

    @Override
    public void removeClosure(Caller caller, LocalDate date) {
        caller.require(Permission.SETTINGS_MANAGE);
        in(caller, () -> {
            if (!ports.schedules().removeClosure(date)) {
                throw new NotFoundException("closure", date);
            }
            ports.referenceData().bump();
            return null;
        });
    }

    @Override
    public List<Scheduled<ResourceBlock>> resourceBlocks(Caller caller, LocationId location, LocalDate from,
                                                         LocalDate to) {
        caller.require(Permission.APPOINTMENTS_VIEW);
        DateRanges.requireValid(from, to, MAX_LISTING_DAYS);
        return in(caller, () -> {
            ZoneId zone = ports.locations().find(location)
                    .orElseThrow(() -> new NotFoundException("location", location)).zone();
            return ports.schedules().resourceBlocks(location, DateRanges.span(from, to, zone));
        });
    }

    @Override
    public Scheduled<ResourceBlock> blockResource(Caller caller, ResourceBlock block) {
        caller.require(Permission.APPOINTMENTS_MANAGE);
        return in(caller, () -> {
            Resource resource = ports.resources().find(block.resource())
                    .orElseThrow(() -> new InvalidInputException("resource", "no room or device " + block.resource()
                            + " in this clinic"));
            Scheduled<ResourceBlock> scheduled = new Scheduled<>(UUID.randomUUID(), block);
            ports.schedules().addResourceBlock(scheduled, resource.locationId());
            ports.referenceData().bump();
            return scheduled;
        });
    }

    @Override
    public void unblockResource(Caller caller, ResourceId resource, UUID id) {
        caller.require(Permission.APPOINTMENTS_MANAGE);
        in(caller, () -> {
            if (!ports.schedules().removeResourceBlock(resource, id)) {
                throw new NotFoundException("resource block", id);
            }
            ports.referenceData().bump();
            return null;
        });
    }

    @Override
    public BookingPolicy bookingPolicy(Caller caller) {
        caller.require(Permission.SETTINGS_VIEW);
        return in(caller, () -> ports.policies().get());
    }

    @Override
    public BookingPolicy setBookingPolicy(Caller caller, BookingPolicy policy) {
        caller.require(Permission.SETTINGS_MANAGE);
        Objects.requireNonNull(policy, "policy");
        return in(caller, () -> {
            ports.policies().put(policy);
            ports.referenceData().bump();
            return policy;
        });
    }

    /**
     * Refuses the change, listing the bookings it would break, unless the caller said to keep them; kept bookings are
     * logged by id so the decision can be traced.
     */
    private void guardBookings(Caller caller, String change, AffectedBookings affected,
                               List<StoredAppointment> booked) {
        if (booked.isEmpty()) {
            return;
        }
        if (affected == AffectedBookings.REFUSE) {
            throw new AffectsBookingsException(change, ports.views().of(booked, clock.instant()).stream()
                    .map(v -> new AffectedAppointment(v.id(), v.start(), v.treatmentName(), v.clientName()))
                    .toList());
        }
        LOG.log(System.Logger.Level.INFO, "{0} keeps {1} booked appointment(s) at the caller''s request: {2}", change,
                booked.size(), booked.stream().map(s -> s.appointment().id().toString()).toList());
    }

    private <T> T in(Caller caller, Supplier<T> work) {
        return ports.tx().inTenant(caller.tenantId(), work);
    }

    private Practitioner requirePractitioner(PractitionerId practitioner) {
        return ports.practitioners().find(practitioner)
                .orElseThrow(() -> new NotFoundException("practitioner", practitioner));
    }

    /**
     * Hours at a location the practitioner does not work at would be accepted and silently never offered (the engine
     * only schedules practitioners where they work), so they are refused, naming the entry.
     */
    private static void requireWorksAt(Practitioner practitioner, LocationId location, String field) {
        if (!practitioner.locationIds().contains(location)) {
            throw new InvalidInputException(field, "the practitioner does not work at location " + location
                    + "; add it to the practitioner's locations first");
        }
    }

    private void requireLocation(LocationId location, String field) {
        if (ports.locations().find(location).isEmpty()) {
            throw new InvalidInputException(field, "no location " + location + " in this clinic");
        }
    }

    private ZoneId tenantZone(Caller caller) {
        return ports.tenants().findById(caller.tenantId()).map(Tenant::zone).orElseThrow();
    }
}
