package com.laca.application.booking.port.out;

import com.laca.application.shared.TransactionRunner;
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
import java.util.List;
import java.util.UUID;

/**
 * Stores when the current tenant's people and rooms are available: weekly rotas, date overrides, time off, closures
 * and blocked rooms; always called inside {@link TransactionRunner#inTenant}.
 */
public interface ScheduleRepository {

    /** A practitioner's weekly rules at every location. */
    List<WorkingHours> workingHours(PractitionerId practitioner);

    /** Replaces all of a practitioner's weekly rules with the given ones, which must all be that practitioner's. */
    void replaceWorkingHours(PractitionerId practitioner, List<WorkingHours> rules);

    /** A practitioner's overrides at every location on the dates, both inclusive, ordered by date. */
    List<DayOverride> overrides(PractitionerId practitioner, LocalDate from, LocalDate to);

    /** Stores the override, replacing the one of the same practitioner, location and date. */
    void putOverride(DayOverride override);

    /** Returns whether there was such an override. */
    boolean removeOverride(PractitionerId practitioner, LocationId location, LocalDate date);

    /** A practitioner's time off overlapping the range, ordered by start. */
    List<Scheduled<TimeOff>> timeOff(PractitionerId practitioner, TimeRange range);

    void addTimeOff(Scheduled<TimeOff> timeOff);

    /** Returns whether there was such time off of that practitioner; another practitioner's entry is left alone. */
    boolean removeTimeOff(PractitionerId practitioner, UUID id);

    /** The tenant's closures on the dates, both inclusive, ordered by date. */
    List<Closure> closures(LocalDate from, LocalDate to);

    /** Stores the closure, replacing (renaming) one on the same date. */
    void putClosure(Closure closure);

    /** Returns whether there was a closure on that date. */
    boolean removeClosure(LocalDate date);

    /** Blocks of the resources at a location overlapping the range, ordered by start. */
    List<Scheduled<ResourceBlock>> resourceBlocks(LocationId location, TimeRange range);

    /** Stores a block of a resource at the given location (the resource's own). */
    void addResourceBlock(Scheduled<ResourceBlock> block, LocationId location);

    /** Returns whether there was such a block of that resource; another resource's block is left alone. */
    boolean removeResourceBlock(ResourceId resource, UUID id);

    /**
     * Everything a schedule of one location needs for the practitioners: their weekly rules and overrides (at every
     * location; the engine ignores the others), their time off overlapping {@code range}, the closures on the dates,
     * and the blocks of the location's resources overlapping {@code range}.
     */
    ScheduleInputs load(LocationId location, Collection<PractitionerId> practitioners, LocalDate from, LocalDate to,
                        TimeRange range);
}
