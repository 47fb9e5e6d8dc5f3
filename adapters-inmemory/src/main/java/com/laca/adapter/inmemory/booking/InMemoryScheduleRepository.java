package com.laca.adapter.inmemory.booking;

import com.laca.adapter.inmemory.shared.InMemoryTransactionRunner;
import com.laca.adapter.inmemory.shared.TenantTable;
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
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Keeps rotas, overrides, time off, closures and blocked rooms in memory, keyed as the database keys them. */
public final class InMemoryScheduleRepository implements ScheduleRepository {

    private record OverrideKey(PractitionerId practitioner, LocationId location, LocalDate date) {
    }

    private record Block(Scheduled<ResourceBlock> block, LocationId location) {
    }

    private final TenantTable<PractitionerId, List<WorkingHours>> workingHours;
    private final TenantTable<OverrideKey, DayOverride> overrides;
    private final TenantTable<UUID, Scheduled<TimeOff>> timeOff;
    private final TenantTable<LocalDate, Closure> closures;
    private final TenantTable<UUID, Block> blocks;

    public InMemoryScheduleRepository(InMemoryTransactionRunner tx) {
        this.workingHours = new TenantTable<>(tx);
        this.overrides = new TenantTable<>(tx);
        this.timeOff = new TenantTable<>(tx);
        this.closures = new TenantTable<>(tx);
        this.blocks = new TenantTable<>(tx);
    }

    @Override
    public List<WorkingHours> workingHours(PractitionerId practitioner) {
        return workingHours.find(practitioner).orElse(List.of());
    }

    @Override
    public void replaceWorkingHours(PractitionerId practitioner, List<WorkingHours> rules) {
        workingHours.put(practitioner, List.copyOf(rules));
    }

    @Override
    public List<DayOverride> overrides(PractitionerId practitioner, LocalDate from, LocalDate to) {
        return overrides.values()
                .filter(o -> o.practitioner().equals(practitioner) && within(o.date(), from, to))
                .sorted(Comparator.comparing(DayOverride::date).thenComparing(o -> o.location().toString()))
                .toList();
    }

    @Override
    public void putOverride(DayOverride override) {
        overrides.put(new OverrideKey(override.practitioner(), override.location(), override.date()), override);
    }

    @Override
    public boolean removeOverride(PractitionerId practitioner, LocationId location, LocalDate date) {
        OverrideKey key = new OverrideKey(practitioner, location, date);
        boolean present = overrides.find(key).isPresent();
        overrides.remove(key);
        return present;
    }

    @Override
    public List<Scheduled<TimeOff>> timeOff(PractitionerId practitioner, TimeRange range) {
        return timeOff.values()
                .filter(t -> t.entry().practitioner().equals(practitioner) && t.entry().period().overlaps(range))
                .sorted(Comparator.comparing(t -> t.entry().period().start()))
                .toList();
    }

    @Override
    public void addTimeOff(Scheduled<TimeOff> entry) {
        timeOff.put(entry.id(), entry);
    }

    @Override
    public boolean removeTimeOff(PractitionerId practitioner, UUID id) {
        boolean present = timeOff.find(id).filter(t -> t.entry().practitioner().equals(practitioner)).isPresent();
        if (present) {
            timeOff.remove(id);
        }
        return present;
    }

    @Override
    public List<Closure> closures(LocalDate from, LocalDate to) {
        return closures.values().filter(c -> within(c.date(), from, to)).sorted(Comparator.comparing(Closure::date))
                .toList();
    }

    @Override
    public void putClosure(Closure closure) {
        closures.put(closure.date(), closure);
    }

    @Override
    public boolean removeClosure(LocalDate date) {
        boolean present = closures.find(date).isPresent();
        closures.remove(date);
        return present;
    }

    @Override
    public List<Scheduled<ResourceBlock>> resourceBlocks(LocationId location, TimeRange range) {
        return blocks.values()
                .filter(b -> b.location().equals(location) && b.block().entry().period().overlaps(range))
                .map(Block::block)
                .sorted(Comparator.comparing(b -> b.entry().period().start()))
                .toList();
    }

    @Override
    public void addResourceBlock(Scheduled<ResourceBlock> block, LocationId location) {
        blocks.put(block.id(), new Block(block, location));
    }

    @Override
    public boolean removeResourceBlock(ResourceId resource, UUID id) {
        boolean present = blocks.find(id).filter(b -> b.block().entry().resource().equals(resource)).isPresent();
        if (present) {
            blocks.remove(id);
        }
        return present;
    }

    @Override
    public ScheduleInputs load(LocationId location, Collection<PractitionerId> practitioners, LocalDate from,
                               LocalDate to, TimeRange range) {
        return ScheduleInputs.of(
                practitioners.stream().flatMap(p -> workingHours(p).stream()).toList(),
                practitioners.stream().flatMap(p -> overrides(p, from, to).stream()).toList(),
                practitioners.stream().flatMap(p -> timeOff(p, range).stream()).toList(),
                closures(from, to),
                resourceBlocks(location, range));
    }

    private static boolean within(LocalDate date, LocalDate from, LocalDate to) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
