package com.laca.adapter.persistence.booking;

import com.laca.adapter.persistence.clinic.ClinicRowLocks;
import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.booking.port.out.AppointmentRepository;
import com.laca.application.booking.port.out.StoredAppointment;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.VersionConflictException;
import com.laca.domain.booking.Appointment;
import com.laca.domain.booking.AppointmentStatus;
import com.laca.domain.booking.StandingBookings;
import com.laca.domain.scheduling.TimeRange;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.ResourceId;
import com.laca.domain.shared.TenantId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Stores appointments in {@code appointments} and {@code appointment_resources}; reads fetch the resource rows in the
 * same query, and bookings are serialised with row locks on the practitioner rows, and on the location rows when they
 * need the location's rooms ({@link ClinicRowLocks}).
 */
public final class JpaAppointmentRepository extends JpaRepositorySupport implements AppointmentRepository {

    private static final String SELECT = "select distinct a from AppointmentJpaEntity a left join fetch a.resources ";
    /** Pads an id list, and stands in for an empty one, which not every database accepts in {@code in (...)}. */
    private static final String NO_ID = "-";

    public JpaAppointmentRepository(CurrentEntityManager current) {
        super(current);
    }

    @Override
    public void lockForBooking(Collection<LocationId> locations, Collection<PractitionerId> practitioners) {
        EntityManager em = tenantEm();
        String tenant = tenant().toString();
        locations.stream().map(LocationId::toString).sorted().forEach(id -> {
            if (!ClinicRowLocks.lockLocation(em, tenant, id)) {
                throw new NotFoundException("location", id);
            }
        });
        practitioners.stream().map(PractitionerId::toString).sorted().forEach(id -> {
            if (!ClinicRowLocks.lockPractitioner(em, tenant, id)) {
                throw new NotFoundException("practitioner", id);
            }
        });
    }

    @Override
    public void insert(Appointment appointment, String manageTokenHash, Optional<String> originKey) {
        requireCurrentTenant(appointment.details().tenant());
        EntityManager em = tenantEm();
        em.persist(new AppointmentJpaEntity(appointment, manageTokenHash, originKey.orElse(null)));
        flush(em, "appointment", appointment.id(), "appointment " + appointment.id()
                + " already exists or refers to a record this clinic does not have");
    }

    @Override
    public StoredAppointment update(Appointment appointment, long expectedVersion) {
        requireCurrentTenant(appointment.details().tenant());
        EntityManager em = tenantEm();
        AppointmentJpaEntity entity = em.find(AppointmentJpaEntity.class, appointment.id().toString());
        if (entity == null) {
            throw new NotFoundException("appointment", appointment.id());
        }
        if (entity.version() != expectedVersion) {
            throw new VersionConflictException("appointment", appointment.id());
        }
        entity.copyFrom(appointment);
        em.lock(entity, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        flush(em, "appointment", appointment.id(), "appointment " + appointment.id()
                + " refers to a record this clinic does not have");
        return stored(entity);
    }

    @Override
    public StandingBookings standingOfClient(ClientId client, Instant now) {
        return standing("a.clientId = :key", client.toString(), now);
    }

    @Override
    public StandingBookings standingFromOrigin(String originKey, Instant now) {
        return standing("a.originKey = :key", originKey, now);
    }

    /** Upcoming confirmed bookings and running holds, then how many of them are holds: two counts on one index. */
    private StandingBookings standing(String condition, String key, Instant now) {
        String upcoming = "select count(a) from AppointmentJpaEntity a where " + condition + " and a.startsAt > :now"
                + " and (a.status = :confirmed or (a.status = :held and a.holdExpiresAt > :now))";
        String holds = "select count(a) from AppointmentJpaEntity a where " + condition + " and a.startsAt > :now"
                + " and a.status = :held and a.holdExpiresAt > :now";
        return new StandingBookings(count(upcoming, key, now, true), count(holds, key, now, false));
    }

    private int count(String jpql, String key, Instant now, boolean withConfirmed) {
        var query = boundQuery(jpql, Long.class)
                .setParameter("key", key)
                .setParameter("now", Columns.timestamp(now))
                .setParameter("held", AppointmentStatus.HELD.name());
        if (withConfirmed) {
            query.setParameter("confirmed", AppointmentStatus.CONFIRMED.name());
        }
        return Math.toIntExact(query.getSingleResult());
    }

    @Override
    public Optional<StoredAppointment> find(AppointmentId id) {
        return Optional.ofNullable(tenantEm().find(AppointmentJpaEntity.class, id.toString())).map(this::stored);
    }

    @Override
    public Optional<StoredAppointment> findLocked(AppointmentId id) {
        EntityManager em = tenantEm();
        AppointmentJpaEntity entity = em.find(AppointmentJpaEntity.class, id.toString());
        if (entity == null) {
            return Optional.empty();
        }
        em.refresh(entity, LockModeType.PESSIMISTIC_WRITE);
        return Optional.of(stored(entity));
    }

    @Override
    public Optional<StoredAppointment> findByManageTokenHash(String manageTokenHash) {
        return query(SELECT + "where a.manageTokenHash = :hash").setParameter("hash", manageTokenHash)
                .getResultList().stream().findFirst().map(this::stored);
    }

    /**
     * Binds one parameter per id, the lists padded to the next power of two with an id that matches nothing, so the
     * query takes one of a few fixed shapes that EclipseLink prepares once and keeps: a collection parameter made it
     * generate the SQL again on every execution, about half of what reading a week's appointments cost.
     */
    @Override
    public List<Appointment> activeOverlapping(TimeRange range, Collection<PractitionerId> practitioners,
                                               Collection<ResourceId> resources) {
        TenantId tenant = tenant();
        List<String> practitionerIds = padded(practitioners);
        List<String> resourceIds = padded(resources);
        TypedQuery<AppointmentJpaEntity> query = overlapping(SELECT + "where a.active = true and a.busyFrom < :to"
                + " and a.busyTo > :from and (a.practitionerId in (" + parameters("p", practitionerIds.size())
                + ") or exists (select r from AppointmentResourceJpaEntity r where r.appointment = a"
                + " and r.resourceId in (" + parameters("r", resourceIds.size()) + ")))", range);
        bind(query, "p", practitionerIds);
        bind(query, "r", resourceIds);
        return readAndRelease(query, entity -> entity.toDomain(tenant));
    }

    @Override
    public List<StoredAppointment> calendar(TimeRange range, Optional<PractitionerId> practitioner,
                                            Optional<LocationId> location) {
        String jpql = SELECT + "where a.startsAt < :to and a.endsAt > :from"
                + (practitioner.isPresent() ? " and a.practitionerId = :practitioner" : "")
                + (location.isPresent() ? " and a.locationId = :location" : "")
                + " order by a.startsAt, a.id";
        TypedQuery<AppointmentJpaEntity> query = query(jpql)
                .setParameter("from", Columns.timestamp(range.start()))
                .setParameter("to", Columns.timestamp(range.end()));
        practitioner.ifPresent(id -> query.setParameter("practitioner", id.toString()));
        location.ifPresent(id -> query.setParameter("location", id.toString()));
        return readAndRelease(query, this::stored);
    }

    @Override
    public List<StoredAppointment> lapsedHolds(Instant now, TimeRange overlapping) {
        return readAndRelease(overlapping(SELECT + "where a.status = :held and a.holdExpiresAt <= :now"
                + " and a.busyFrom < :to and a.busyTo > :from order by a.startsAt, a.id", overlapping)
                .setParameter("held", AppointmentStatus.HELD.name())
                .setParameter("now", Columns.timestamp(now)), this::stored);
    }

    @Override
    public List<StoredAppointment> lapsedHolds(Instant now) {
        return query(SELECT + "where a.status = :held and a.holdExpiresAt <= :now order by a.startsAt, a.id")
                .setParameter("held", AppointmentStatus.HELD.name())
                .setParameter("now", Columns.timestamp(now))
                .getResultList().stream().map(this::stored).toList();
    }

    private TypedQuery<AppointmentJpaEntity> query(String jpql) {
        return boundQuery(jpql, AppointmentJpaEntity.class);
    }

    private TypedQuery<AppointmentJpaEntity> overlapping(String jpql, TimeRange range) {
        return query(jpql)
                .setParameter("from", Columns.timestamp(range.start()))
                .setParameter("to", Columns.timestamp(range.end()));
    }

    private StoredAppointment stored(AppointmentJpaEntity entity) {
        return new StoredAppointment(entity.toDomain(tenant()), entity.version());
    }

    /** The ids as text, followed by as many of an id that matches none as make the count a power of two. */
    private static List<String> padded(Collection<?> ids) {
        List<String> texts = new ArrayList<>(ids.size());
        ids.forEach(id -> texts.add(id.toString()));
        int shape = 1;
        while (shape < texts.size()) {
            shape *= 2;
        }
        while (texts.size() < shape) {
            texts.add(NO_ID);
        }
        return texts;
    }

    /** {@code :p0, :p1, ...}: one named parameter per value. */
    private static String parameters(String prefix, int count) {
        StringJoiner names = new StringJoiner(", ");
        for (int i = 0; i < count; i++) {
            names.add(":" + prefix + i);
        }
        return names.toString();
    }

    private static void bind(TypedQuery<?> query, String prefix, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(prefix + i, values.get(i));
        }
    }
}
