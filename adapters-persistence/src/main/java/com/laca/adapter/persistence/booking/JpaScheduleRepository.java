package com.laca.adapter.persistence.booking;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.CurrentEntityManager;
import com.laca.adapter.persistence.support.JpaRepositorySupport;
import com.laca.application.booking.port.out.ScheduleInputs;
import com.laca.application.booking.port.out.ScheduleRepository;
import com.laca.domain.scheduling.Closure;
import com.laca.domain.scheduling.DayOverride;
import com.laca.domain.scheduling.ResourceBlock;
import com.laca.domain.scheduling.Scheduled;
import com.laca.domain.scheduling.TimeOff;
import com.laca.domain.scheduling.TimeRange;
import com.laca.domain.scheduling.WorkingHours;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.ResourceId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Stores rotas, overrides, time off, closures and blocked rooms in their tables; {@link #load} reads a schedule's
 * inputs with one query per table, however many days are asked about.
 */
public final class JpaScheduleRepository extends JpaRepositorySupport implements ScheduleRepository {

    public JpaScheduleRepository(CurrentEntityManager current) {
        super(current);
    }

    @Override
    public List<WorkingHours> workingHours(PractitionerId practitioner) {
        return workingHoursOf(List.of(practitioner.toString()));
    }

    @Override
    public void replaceWorkingHours(PractitionerId practitioner, List<WorkingHours> rules) {
        EntityManager em = tenantEm();
        boundQuery("select w from WorkingHoursJpaEntity w where w.practitionerId = :practitioner",
                        WorkingHoursJpaEntity.class)
                .setParameter("practitioner", practitioner.toString())
                .getResultList().forEach(em::remove);
        rules.forEach(rule -> em.persist(new WorkingHoursJpaEntity(rule)));
        flush(em, "working hours", practitioner, "working hours refer to a record this clinic does not have");
    }

    @Override
    public List<DayOverride> overrides(PractitionerId practitioner, LocalDate from, LocalDate to) {
        return overridesOf(List.of(practitioner.toString()), from, to);
    }

    @Override
    public void putOverride(DayOverride override) {
        EntityManager em = tenantEm();
        List<DayOverrideJpaEntity> existing = overrideRows(override.practitioner(), override.location(),
                override.date());
        if (existing.isEmpty()) {
            em.persist(new DayOverrideJpaEntity(override));
        } else {
            existing.get(0).replaceWindows(override);
        }
        flush(em, "override", override.date(), "the override refers to a record this clinic does not have");
    }

    @Override
    public boolean removeOverride(PractitionerId practitioner, LocationId location, LocalDate date) {
        EntityManager em = tenantEm();
        List<DayOverrideJpaEntity> existing = overrideRows(practitioner, location, date);
        existing.forEach(em::remove);
        flush(em, "override", date, "the override is still in use");
        return !existing.isEmpty();
    }

    @Override
    public List<Scheduled<TimeOff>> timeOff(PractitionerId practitioner, TimeRange range) {
        return timeOffOf(List.of(practitioner.toString()), range);
    }

    @Override
    public void addTimeOff(Scheduled<TimeOff> timeOff) {
        EntityManager em = tenantEm();
        em.persist(new TimeOffJpaEntity(timeOff));
        flush(em, "time off", timeOff.id(), "time off refers to a record this clinic does not have");
    }

    @Override
    public boolean removeTimeOff(PractitionerId practitioner, UUID id) {
        return remove(TimeOffJpaEntity.class, id.toString(),
                row -> row.toDomain().entry().practitioner().equals(practitioner));
    }

    @Override
    public List<Closure> closures(LocalDate from, LocalDate to) {
        return readAndRelease(boundQuery("select c from ClosureJpaEntity c where c.date >= :from and c.date <= :to"
                        + " order by c.date", ClosureJpaEntity.class)
                .setParameter("from", from)
                .setParameter("to", to), ClosureJpaEntity::toDomain);
    }

    @Override
    public void putClosure(Closure closure) {
        EntityManager em = tenantEm();
        ClosureJpaEntity existing = em.find(ClosureJpaEntity.class, closure.date());
        if (existing == null) {
            em.persist(new ClosureJpaEntity(closure));
        } else {
            existing.rename(closure);
        }
        flush(em, "closure", closure.date(), "the closure could not be stored");
    }

    @Override
    public boolean removeClosure(LocalDate date) {
        return remove(ClosureJpaEntity.class, date, row -> true);
    }

    @Override
    public List<Scheduled<ResourceBlock>> resourceBlocks(LocationId location, TimeRange range) {
        return readAndRelease(boundQuery("select b from ResourceBlockJpaEntity b where b.locationId = :location"
                        + " and b.startsAt < :to and b.endsAt > :from order by b.startsAt, b.id",
                        ResourceBlockJpaEntity.class)
                .setParameter("location", location.toString())
                .setParameter("from", Columns.timestamp(range.start()))
                .setParameter("to", Columns.timestamp(range.end())), ResourceBlockJpaEntity::toDomain);
    }

    @Override
    public void addResourceBlock(Scheduled<ResourceBlock> block, LocationId location) {
        EntityManager em = tenantEm();
        em.persist(new ResourceBlockJpaEntity(block, location));
        flush(em, "resource block", block.id(), "the block refers to a record this clinic does not have");
    }

    @Override
    public boolean removeResourceBlock(ResourceId resource, UUID id) {
        return remove(ResourceBlockJpaEntity.class, id.toString(),
                row -> row.toDomain().entry().resource().equals(resource));
    }

    @Override
    public ScheduleInputs load(LocationId location, Collection<PractitionerId> practitioners, LocalDate from,
                               LocalDate to, TimeRange range) {
        List<String> ids = practitioners.stream().map(PractitionerId::toString).toList();
        return ScheduleInputs.of(workingHoursOf(ids), overridesOf(ids, from, to), timeOffOf(ids, range),
                closures(from, to), resourceBlocks(location, range));
    }

    private List<WorkingHours> workingHoursOf(List<String> practitioners) {
        if (practitioners.isEmpty()) {
            return List.of();
        }
        return readAndRelease(boundQuery("select w from WorkingHoursJpaEntity w"
                        + " where w.practitionerId in :practitioners order by w.practitionerId, w.id",
                        WorkingHoursJpaEntity.class)
                .setParameter("practitioners", practitioners), WorkingHoursJpaEntity::toDomain);
    }

    private List<DayOverride> overridesOf(List<String> practitioners, LocalDate from, LocalDate to) {
        if (practitioners.isEmpty()) {
            return List.of();
        }
        return readAndRelease(boundQuery("select o from DayOverrideJpaEntity o where o.practitionerId in :practitioners"
                        + " and o.date >= :from and o.date <= :to order by o.date, o.locationId",
                        DayOverrideJpaEntity.class)
                .setParameter("practitioners", practitioners)
                .setParameter("from", from)
                .setParameter("to", to), DayOverrideJpaEntity::toDomain);
    }

    private List<Scheduled<TimeOff>> timeOffOf(List<String> practitioners, TimeRange range) {
        if (practitioners.isEmpty()) {
            return List.of();
        }
        return readAndRelease(boundQuery("select t from TimeOffJpaEntity t where t.practitionerId in :practitioners"
                        + " and t.startsAt < :to and t.endsAt > :from order by t.startsAt, t.id",
                        TimeOffJpaEntity.class)
                .setParameter("practitioners", practitioners)
                .setParameter("from", Columns.timestamp(range.start()))
                .setParameter("to", Columns.timestamp(range.end())), TimeOffJpaEntity::toDomain);
    }

    private List<DayOverrideJpaEntity> overrideRows(PractitionerId practitioner, LocationId location,
                                                    LocalDate date) {
        return boundQuery("select o from DayOverrideJpaEntity o where o.practitionerId = :practitioner"
                        + " and o.locationId = :location and o.date = :date", DayOverrideJpaEntity.class)
                .setParameter("practitioner", practitioner.toString())
                .setParameter("location", location.toString())
                .setParameter("date", date)
                .getResultList();
    }

    /** Removes the row only if it is the owner's the caller named, so one id in a URL cannot reach another's row. */
    private <T> boolean remove(Class<T> type, Object id, Predicate<T> owned) {
        EntityManager em = tenantEm();
        T entity = em.find(type, id);
        if (entity == null || !owned.test(entity)) {
            return false;
        }
        em.remove(entity);
        flush(em, type.getSimpleName(), id, "the entry is still in use");
        return true;
    }
}
