package com.laca.adapter.inmemory.booking;

import com.laca.adapter.inmemory.clinic.InMemoryLocationRepository;
import com.laca.adapter.inmemory.clinic.InMemoryPractitionerRepository;
import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.adapter.inmemory.shared.TenantTable;
import com.laca.application.booking.port.out.AppointmentRepository;
import com.laca.application.booking.port.out.SlotTakenException;
import com.laca.application.booking.port.out.StoredAppointment;
import com.laca.application.shared.ConflictException;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.VersionConflictException;
import com.laca.domain.booking.Appointment;
import com.laca.domain.booking.AppointmentDetails;
import com.laca.domain.booking.AppointmentStatus;
import com.laca.domain.booking.StandingBookings;
import com.laca.domain.scheduling.RejectionReason;
import com.laca.domain.scheduling.TimeRange;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.ResourceId;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Keeps appointments in memory and refuses overlapping active ones the way PostgreSQL's exclusion constraints do, so
 * service tests see the same "slot taken" answer; the runner's single lock already serialises bookings.
 */
public final class InMemoryAppointmentRepository implements AppointmentRepository {

    private record Row(Appointment appointment, long version, String manageTokenHash, Optional<String> originKey) {
        StoredAppointment stored() {
            return new StoredAppointment(appointment, version);
        }

        boolean active() {
            return appointment.status().occupiesTime();
        }
    }

    private static final Comparator<StoredAppointment> BY_START = Comparator
            .comparing((StoredAppointment s) -> s.appointment().details().time().start())
            .thenComparing(s -> s.appointment().id().toString());

    private final TenantTable<AppointmentId, Row> table;
    private final InMemoryLocationRepository locations;
    private final InMemoryPractitionerRepository practitioners;

    public InMemoryAppointmentRepository(InMemoryTransactionRunner tx, InMemoryLocationRepository locations,
                                         InMemoryPractitionerRepository practitioners) {
        this.table = new TenantTable<>(tx);
        this.locations = locations;
        this.practitioners = practitioners;
    }

    @Override
    public void lockForBooking(Collection<LocationId> lockedLocations, Collection<PractitionerId> lockedPractitioners) {
        lockedLocations.forEach(id -> locations.find(id).orElseThrow(() -> new NotFoundException("location", id)));
        lockedPractitioners.forEach(id -> practitioners.find(id)
                .orElseThrow(() -> new NotFoundException("practitioner", id)));
    }

    @Override
    public void insert(Appointment appointment, String manageTokenHash, Optional<String> originKey) {
        if (table.find(appointment.id()).isPresent()
                || table.values().anyMatch(row -> row.manageTokenHash().equals(manageTokenHash))) {
            throw new ConflictException("appointment " + appointment.id() + " already exists");
        }
        requireFree(appointment);
        table.put(appointment.id(), new Row(appointment, 0, manageTokenHash, originKey));
    }

    @Override
    public StandingBookings standingOfClient(ClientId client, Instant now) {
        return standing(table.values().filter(row -> row.appointment().details().client().equals(client)), now);
    }

    @Override
    public StandingBookings standingFromOrigin(String originKey, Instant now) {
        return standing(table.values().filter(row -> row.originKey().filter(originKey::equals).isPresent()), now);
    }

    private static StandingBookings standing(Stream<Row> rows, Instant now) {
        List<Appointment> upcoming = rows.map(Row::appointment)
                .filter(a -> a.details().time().start().isAfter(now))
                .filter(a -> a.status() == AppointmentStatus.CONFIRMED || a.status() == AppointmentStatus.HELD
                        && a.holdExpiresAt().orElseThrow().isAfter(now))
                .toList();
        return new StandingBookings(upcoming.size(),
                (int) upcoming.stream().filter(a -> a.status() == AppointmentStatus.HELD).count());
    }

    @Override
    public StoredAppointment update(Appointment appointment, long expectedVersion) {
        Row row = table.find(appointment.id())
                .orElseThrow(() -> new NotFoundException("appointment", appointment.id()));
        if (row.version() != expectedVersion) {
            throw new VersionConflictException("appointment", appointment.id());
        }
        requireFree(appointment);
        Row next = new Row(appointment, expectedVersion + 1, row.manageTokenHash(), row.originKey());
        table.put(appointment.id(), next);
        return next.stored();
    }

    @Override
    public Optional<StoredAppointment> find(AppointmentId id) {
        return table.find(id).map(Row::stored);
    }

    /** Transactions here run one at a time, so the row as stored is already what a lock would show. */
    @Override
    public Optional<StoredAppointment> findLocked(AppointmentId id) {
        return find(id);
    }

    @Override
    public Optional<StoredAppointment> findByManageTokenHash(String manageTokenHash) {
        return table.values().filter(row -> row.manageTokenHash().equals(manageTokenHash)).findFirst()
                .map(Row::stored);
    }

    @Override
    public List<Appointment> activeOverlapping(TimeRange range, Collection<PractitionerId> practitionerIds,
                                               Collection<ResourceId> resources) {
        return table.values().filter(Row::active)
                .map(Row::appointment)
                .filter(a -> a.details().occupied().overlaps(range))
                .filter(a -> practitionerIds.contains(a.details().practitioner())
                        || a.details().resources().stream().anyMatch(resources::contains))
                .toList();
    }

    @Override
    public List<StoredAppointment> calendar(TimeRange range, Optional<PractitionerId> practitioner,
                                            Optional<LocationId> location) {
        return table.values().map(Row::stored)
                .filter(s -> s.appointment().details().time().overlaps(range))
                .filter(s -> practitioner.map(s.appointment().details().practitioner()::equals).orElse(true))
                .filter(s -> location.map(s.appointment().details().location()::equals).orElse(true))
                .sorted(BY_START)
                .toList();
    }

    @Override
    public List<StoredAppointment> lapsedHolds(Instant now, TimeRange overlapping) {
        return lapsed(now).filter(s -> s.appointment().details().occupied().overlaps(overlapping)).toList();
    }

    @Override
    public List<StoredAppointment> lapsedHolds(Instant now) {
        return lapsed(now).toList();
    }

    private Stream<StoredAppointment> lapsed(Instant now) {
        return table.values().map(Row::stored)
                .filter(s -> s.appointment().status() == AppointmentStatus.HELD
                        && !now.isBefore(s.appointment().holdExpiresAt().orElseThrow()))
                .sorted(BY_START);
    }

    /** The exclusion constraints: an active appointment may not overlap another for a practitioner or a resource. */
    private void requireFree(Appointment appointment) {
        if (!appointment.status().occupiesTime()) {
            return;
        }
        AppointmentDetails mine = appointment.details();
        Predicate<Row> overlapping = row -> row.active() && !row.appointment().id().equals(appointment.id())
                && row.appointment().details().occupied().overlaps(mine.occupied());
        if (table.values().filter(overlapping)
                .anyMatch(row -> row.appointment().details().practitioner().equals(mine.practitioner()))) {
            throw new SlotTakenException(RejectionReason.PRACTITIONER_BUSY);
        }
        if (table.values().filter(overlapping)
                .anyMatch(row -> row.appointment().details().resources().stream()
                        .anyMatch(mine.resources()::contains))) {
            throw new SlotTakenException(RejectionReason.RESOURCE_UNAVAILABLE);
        }
    }
}
