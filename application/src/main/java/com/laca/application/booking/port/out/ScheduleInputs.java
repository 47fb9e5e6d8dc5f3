package com.laca.application.booking.port.out;

import com.laca.domain.scheduling.Closure;
import com.laca.domain.scheduling.DayOverride;
import com.laca.domain.scheduling.ResourceBlock;
import com.laca.domain.scheduling.Scheduled;
import com.laca.domain.scheduling.TimeOff;
import com.laca.domain.scheduling.WorkingHours;
import java.util.List;

/**
 * What a schedule needs besides people, rooms and appointments, loaded in one call (one query per kind) so listing a
 * month of slots costs a handful of queries, not one per day.
 */
public record ScheduleInputs(List<WorkingHours> workingHours, List<DayOverride> overrides, List<TimeOff> timeOff,
                             List<Closure> closures, List<ResourceBlock> resourceBlocks) {

    public ScheduleInputs {
        workingHours = List.copyOf(workingHours);
        overrides = List.copyOf(overrides);
        timeOff = List.copyOf(timeOff);
        closures = List.copyOf(closures);
        resourceBlocks = List.copyOf(resourceBlocks);
    }

    /** Inputs of the given lists, unwrapping the ids of time off and blocks, which the engine does not need. */
    public static ScheduleInputs of(List<WorkingHours> workingHours, List<DayOverride> overrides,
                                    List<Scheduled<TimeOff>> timeOff, List<Closure> closures,
                                    List<Scheduled<ResourceBlock>> resourceBlocks) {
        return new ScheduleInputs(workingHours, overrides, timeOff.stream().map(Scheduled::entry).toList(), closures,
                resourceBlocks.stream().map(Scheduled::entry).toList());
    }
}
