package com.laca.application.booking.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.domain.scheduling.Closure;
import com.laca.domain.scheduling.DateRange;
import com.laca.domain.scheduling.DayOverride;
import com.laca.domain.scheduling.ResourceBlock;
import com.laca.domain.scheduling.Scheduled;
import com.laca.domain.scheduling.TimeOff;
import com.laca.domain.scheduling.TimeRange;
import com.laca.domain.scheduling.TimeWindow;
import com.laca.domain.scheduling.WorkingHours;
import com.laca.domain.shared.ResourceId;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The {@link ScheduleRepository} contract: rotas, overrides, time off, closures and blocks, per tenant. */
public abstract class ScheduleRepositoryContract extends BookingContractSupport {

    private static final LocalDate JUNE_1 = LocalDate.of(2026, 6, 1);

    private ScheduleRepository repository() {
        return ports.schedules();
    }

    private static TimeRange range(String from, String to) {
        return new TimeRange(Instant.parse(from), Instant.parse(to));
    }

    private WorkingHours mondays(DateRange validity) {
        return new WorkingHours(ana.id(), location.id(), DayOfWeek.MONDAY,
                List.of(TimeWindow.of("09:00", "12:00"), TimeWindow.of("13:00", "17:30")), validity);
    }

    @Test
    @DisplayName("weekly rules are replaced all at once, open-ended and bounded validity alike")
    void workingHours() {
        WorkingHours always = mondays(DateRange.always());
        WorkingHours bounded = new WorkingHours(ana.id(), location.id(), DayOfWeek.TUESDAY,
                List.of(TimeWindow.of("10:00", "16:00")), new DateRange(JUNE_1, LocalDate.of(2026, 12, 31)));
        doInA(() -> repository().replaceWorkingHours(ana.id(), List.of(always, bounded)));
        assertThat(inA(() -> repository().workingHours(ana.id()))).containsExactlyInAnyOrder(always, bounded);

        WorkingHours fromJuly = mondays(DateRange.startingOn(LocalDate.of(2026, 7, 1)));
        doInA(() -> repository().replaceWorkingHours(ana.id(), List.of(fromJuly)));
        assertThat(inA(() -> repository().workingHours(ana.id()))).containsExactly(fromJuly);
        assertThat(inA(() -> repository().workingHours(ben.id()))).isEmpty();
        assertThat(inB(() -> repository().workingHours(ana.id()))).isEmpty();
    }

    @Test
    @DisplayName("an override is keyed by practitioner, location and date: setting it again replaces it")
    void overrides() {
        DayOverride evening = new DayOverride(ana.id(), location.id(), JUNE_1, List.of(TimeWindow.of("17:00", "20:00")));
        DayOverride closed = DayOverride.closed(ana.id(), location.id(), JUNE_1.plusDays(1));
        doInA(() -> {
            repository().putOverride(new DayOverride(ana.id(), location.id(), JUNE_1, List.of()));
            repository().putOverride(evening);
            repository().putOverride(closed);
        });
        assertThat(inA(() -> repository().overrides(ana.id(), JUNE_1, JUNE_1.plusDays(5))))
                .containsExactly(evening, closed);
        assertThat(inA(() -> repository().overrides(ana.id(), JUNE_1.plusDays(1), JUNE_1.plusDays(1))))
                .containsExactly(closed);

        assertThat(inA(() -> repository().removeOverride(ana.id(), location.id(), JUNE_1))).isTrue();
        assertThat(inA(() -> repository().removeOverride(ana.id(), location.id(), JUNE_1))).isFalse();
        assertThat(inA(() -> repository().overrides(ana.id(), JUNE_1, JUNE_1.plusDays(5)))).containsExactly(closed);
        assertThat(inB(() -> repository().overrides(ana.id(), JUNE_1, JUNE_1.plusDays(5)))).isEmpty();
    }

    @Test
    @DisplayName("time off is listed when it overlaps the range and removed by its practitioner and id")
    void timeOff() {
        Scheduled<TimeOff> morning = new Scheduled<>(UUID.randomUUID(),
                new TimeOff(ana.id(), range("2026-06-01T09:00:00Z", "2026-06-01T12:00:00Z")));
        Scheduled<TimeOff> week = new Scheduled<>(UUID.randomUUID(),
                new TimeOff(ana.id(), range("2026-06-08T00:00:00Z", "2026-06-13T00:00:00Z")));
        doInA(() -> List.of(week, morning).forEach(repository()::addTimeOff));

        assertThat(inA(() -> repository().timeOff(ana.id(), range("2026-06-01T00:00:00Z", "2026-06-30T00:00:00Z"))))
                .containsExactly(morning, week);
        assertThat(inA(() -> repository().timeOff(ana.id(), range("2026-06-01T12:00:00Z", "2026-06-08T00:00:00Z"))))
                .isEmpty();
        assertThat(inA(() -> repository().removeTimeOff(ben.id(), morning.id()))).isFalse();
        assertThat(inA(() -> repository().removeTimeOff(ana.id(), morning.id()))).isTrue();
        assertThat(inA(() -> repository().removeTimeOff(ana.id(), morning.id()))).isFalse();
        assertThat(inB(() -> repository().removeTimeOff(ana.id(), week.id()))).isFalse();
        assertThat(inA(() -> repository().timeOff(ana.id(), range("2026-06-01T00:00:00Z", "2026-06-30T00:00:00Z"))))
                .containsExactly(week);
    }

    @Test
    @DisplayName("a closure is keyed by date: setting it again renames it")
    void closures() {
        Closure christmas = new Closure(LocalDate.of(2026, 12, 25), "Christmas Day");
        doInA(() -> {
            repository().putClosure(new Closure(christmas.date(), "Xmas"));
            repository().putClosure(christmas);
            repository().putClosure(new Closure(LocalDate.of(2026, 12, 28), "Boxing Day (substitute)"));
        });
        assertThat(inA(() -> repository().closures(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 25))))
                .containsExactly(christmas);
        assertThat(inA(() -> repository().removeClosure(christmas.date()))).isTrue();
        assertThat(inA(() -> repository().removeClosure(christmas.date()))).isFalse();
        assertThat(inB(() -> repository().closures(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31))))
                .isEmpty();
    }

    @Test
    @DisplayName("blocked rooms are listed per location when they overlap the range, and unblocked by room and id")
    void resourceBlocks() {
        Scheduled<ResourceBlock> servicing = new Scheduled<>(UUID.randomUUID(),
                new ResourceBlock(room.id(), range("2026-06-01T08:00:00Z", "2026-06-01T10:00:00Z")));
        doInA(() -> repository().addResourceBlock(servicing, location.id()));

        TimeRange day = range("2026-06-01T00:00:00Z", "2026-06-02T00:00:00Z");
        assertThat(inA(() -> repository().resourceBlocks(location.id(), day))).containsExactly(servicing);
        assertThat(inA(() -> repository().resourceBlocks(location.id(),
                range("2026-06-01T10:00:00Z", "2026-06-02T00:00:00Z")))).isEmpty();
        assertThat(inB(() -> repository().resourceBlocks(location.id(), day))).isEmpty();
        assertThat(inA(() -> repository().removeResourceBlock(ResourceId.random(), servicing.id()))).isFalse();
        assertThat(inA(() -> repository().resourceBlocks(location.id(), day))).containsExactly(servicing);
        assertThat(inB(() -> repository().removeResourceBlock(room.id(), servicing.id()))).isFalse();
        assertThat(inA(() -> repository().removeResourceBlock(room.id(), servicing.id()))).isTrue();
        assertThat(inA(() -> repository().resourceBlocks(location.id(), day))).isEmpty();
    }

    @Test
    @DisplayName("a schedule's inputs load in one call for the practitioners, dates and location asked about")
    void load() {
        WorkingHours anaMondays = mondays(DateRange.always());
        WorkingHours benMondays = new WorkingHours(ben.id(), location.id(), DayOfWeek.MONDAY,
                List.of(TimeWindow.of("09:00", "17:00")), DateRange.always());
        DayOverride inRange = new DayOverride(ana.id(), location.id(), JUNE_1, List.of(TimeWindow.of("10:00", "11:00")));
        DayOverride outOfRange = DayOverride.closed(ana.id(), location.id(), JUNE_1.plusDays(30));
        TimeOff anaOff = new TimeOff(ana.id(), range("2026-06-01T09:00:00Z", "2026-06-01T10:00:00Z"));
        TimeOff benOff = new TimeOff(ben.id(), range("2026-06-01T09:00:00Z", "2026-06-01T10:00:00Z"));
        Closure closure = new Closure(JUNE_1.plusDays(1), "Staff training");
        ResourceBlock block = new ResourceBlock(room.id(), range("2026-06-01T12:00:00Z", "2026-06-01T13:00:00Z"));
        doInA(() -> {
            repository().replaceWorkingHours(ana.id(), List.of(anaMondays));
            repository().replaceWorkingHours(ben.id(), List.of(benMondays));
            repository().putOverride(inRange);
            repository().putOverride(outOfRange);
            repository().addTimeOff(new Scheduled<>(UUID.randomUUID(), anaOff));
            repository().addTimeOff(new Scheduled<>(UUID.randomUUID(), benOff));
            repository().putClosure(closure);
            repository().addResourceBlock(new Scheduled<>(UUID.randomUUID(), block), location.id());
        });

        ScheduleInputs inputs = inA(() -> repository().load(location.id(), List.of(ana.id()), JUNE_1,
                JUNE_1.plusDays(6), range("2026-06-01T00:00:00Z", "2026-06-08T00:00:00Z")));

        assertThat(inputs.workingHours()).containsExactly(anaMondays);
        assertThat(inputs.overrides()).containsExactly(inRange);
        assertThat(inputs.timeOff()).containsExactly(anaOff);
        assertThat(inputs.closures()).containsExactly(closure);
        assertThat(inputs.resourceBlocks()).containsExactly(block);
        ScheduleInputs none = inA(() -> repository().load(location.id(), List.of(), JUNE_1, JUNE_1.plusDays(6),
                range("2026-06-01T00:00:00Z", "2026-06-08T00:00:00Z")));
        assertThat(none.workingHours()).isEmpty();
        assertThat(none.closures()).containsExactly(closure);
    }
}
