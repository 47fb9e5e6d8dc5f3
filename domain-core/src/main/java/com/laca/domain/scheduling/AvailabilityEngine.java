package com.laca.domain.scheduling;

import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.ResourceId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Lists the slots a clinic offers and decides whether one booking may be made, using the same rules for both so a
 * listed slot is always bookable and an unlisted one never is.
 *
 * <p>The rules, in plain words (see also {@code docs/booking-rules.md}):
 * <ul>
 *   <li>A treatment <em>occupies</em> {@code [start - bufferBefore, start + duration + bufferAfter)}.</li>
 *   <li>The occupied span must lie wholly inside one of the practitioner's working windows that local day: buffers
 *       are working time, so a 10-minute preparation buffer means no treatment starts at the opening minute.</li>
 *   <li>The occupied span must not overlap any other active appointment's occupied span (buffers included on both
 *       sides), the practitioner's time off, or, for each required resource type, every resource of that type.</li>
 *   <li>Start times lie on a grid of {@code slotStep} wall-clock minutes counted from the start of the working
 *       window; on the day the clocks go back, a wall-clock time that happens twice is offered twice (two different
 *       instants), and on the day they go forward, wall-clock times that do not exist are not offered.</li>
 *   <li>The start must be at least the minimum notice and at most the maximum advance after "now"; a tenant
 *       closure shuts the whole local date.</li>
 * </ul>
 *
 * <p>The engine is stateless and thread-safe; it never reads a clock.
 */
public final class AvailabilityEngine {

    private static final int SECONDS_PER_MINUTE = 60;
    private static final int SECONDS_PER_DAY = 86_400;

    /**
     * Every slot offered for the treatment over the query's local dates, in time order.
     *
     * @param schedule  the location's schedule, loaded for (at least) the queried dates
     * @param treatment what is being booked
     * @param query     dates, practitioner choice and the current instant
     * @return the offered slots, each with every practitioner who can take it
     */
    public List<OfferedSlot> offeredSlots(ClinicSchedule schedule, TreatmentRequirements treatment,
                                          AvailabilityQuery query) {
        DayFrame first = DayFrame.of(query.from(), schedule.zone());
        DayFrame last = DayFrame.of(query.to(), schedule.zone());
        PreparedSchedule prepared = PreparedSchedule.prepare(schedule, treatment, query.now(), query.practitioner(),
                first, last);
        List<PractitionerCalendar> practitioners = prepared.practitioners();
        List<OfferedSlot> slots = new ArrayList<>();
        DayBits bits = new DayBits(practitioners.size());
        for (LocalDate date = query.from(); !date.isAfter(query.to()); date = date.plusDays(1)) {
            DayFrame frame = date.equals(first.date()) ? first : DayFrame.of(date, schedule.zone());
            bits.reset(frame);
            for (int p = 0; p < practitioners.size(); p++) {
                markPractitionerStarts(prepared, practitioners.get(p), frame, bits, p);
            }
            collectSlots(prepared, frame, bits, slots);
        }
        return slots;
    }

    /**
     * Decides whether one booking may be made now, and with whom and what.
     *
     * @param schedule  the location's schedule, including every active appointment of the practitioners concerned
     * @param treatment what is being booked
     * @param request   start, practitioner choice, the current instant and the booking gate, which is asked for every
     *                  candidate practitioner first: when it refuses them all, the answer is its refusal
     *                  ({@link RejectionReason#SAFETY_REFUSED}) whatever the calendar says, because the client may
     *                  not have the treatment at that time with anyone
     * @return {@link BookingDecision.Bookable} with the assigned practitioner and resources, or
     *         {@link BookingDecision.Rejected} with the reason
     */
    public BookingDecision check(ClinicSchedule schedule, TreatmentRequirements treatment, BookingRequest request) {
        if (request.start().getNano() != 0) {
            return BookingDecision.Rejected.because(RejectionReason.NOT_ON_STEP);
        }
        long start = request.start().getEpochSecond();
        DayFrame frame = DayFrame.of(LocalDate.ofInstant(request.start(), schedule.zone()), schedule.zone());
        PreparedSchedule prepared = PreparedSchedule.prepare(schedule, treatment, request.now(),
                request.practitioner(), frame, frame);
        Optional<RejectionReason> general = prepared.generalVerdict(frame, start);
        if (general.isPresent()) {
            return BookingDecision.Rejected.because(general.get());
        }
        if (prepared.practitioners().isEmpty()) {
            return BookingDecision.Rejected.because(request.practitioner() instanceof PractitionerChoice.Specific
                    ? RejectionReason.UNKNOWN_PRACTITIONER : RejectionReason.NOT_QUALIFIED);
        }
        List<PractitionerCalendar> able = new ArrayList<>();
        RejectionReason closest = RejectionReason.NOT_QUALIFIED;
        Optional<GateRefusal> gateRefusal = Optional.empty();
        boolean anyPassedGate = false;
        for (PractitionerCalendar practitioner : prepared.practitioners()) {
            Optional<GateRefusal> refusal = request.gate().refuse(practitioner.id(), request.start());
            if (refusal.isPresent()) {
                gateRefusal = gateRefusal.or(() -> refusal);
                continue;
            }
            anyPassedGate = true;
            Optional<RejectionReason> verdict = prepared.practitionerVerdict(practitioner,
                    prepared.workingDay(practitioner, frame), start);
            if (verdict.isEmpty()) {
                able.add(practitioner);
            } else if (verdict.get().compareTo(closest) > 0) {
                closest = verdict.get();
            }
        }
        if (!anyPassedGate) {
            return BookingDecision.Rejected.byGate(gateRefusal.orElseThrow());
        }
        if (able.isEmpty()) {
            return BookingDecision.Rejected.because(closest);
        }
        Optional<List<ResourceId>> resources = prepared.assignResources(start);
        if (resources.isEmpty()) {
            return BookingDecision.Rejected.because(RejectionReason.RESOURCE_UNAVAILABLE);
        }
        PractitionerId assigned = LeastBookedAssignment.choose(
                able.stream().map(PractitionerCalendar::id).toList(),
                id -> bookedOn(able, id, frame));
        TimeRange treatmentTime = TimeRange.of(request.start(), treatment.duration());
        return new BookingDecision.Bookable(assigned, resources.get(), treatmentTime,
                treatmentTime.widen(treatment.bufferBefore(), treatment.bufferAfter()));
    }

    private static int bookedOn(List<PractitionerCalendar> calendars, PractitionerId id, DayFrame frame) {
        for (PractitionerCalendar calendar : calendars) {
            if (calendar.id().equals(id)) {
                return calendar.appointmentsStartingBetween(frame.start(), frame.end());
            }
        }
        throw new IllegalArgumentException("not a candidate: " + id);
    }

    /**
     * Walks the practitioner's step grid in each working window and marks every start the practitioner can take.
     * On an ordinary day the grid is cut to the starts whose buffered treatment can fit; on a day the clocks change,
     * the grid runs to midnight and the practitioner rules alone decide, because wall-clock and real time part ways.
     */
    private static void markPractitionerStarts(PreparedSchedule prepared, PractitionerCalendar practitioner,
                                               DayFrame frame, DayBits bits, int index) {
        if (!practitioner.isQualified()) {
            return;
        }
        WorkingDay day = prepared.workingDay(practitioner, frame);
        int step = (int) prepared.step();
        for (int window = 0; window < day.windowCount(); window++) {
            if (frame.hasTransition()) {
                for (int local = day.localStart(window); local < SECONDS_PER_DAY; local += step) {
                    markWallClockTime(prepared, practitioner, day, bits, index, local);
                }
            } else {
                int lead = (int) prepared.bufferBefore();
                int first = day.localStart(window) + (lead + step - 1) / step * step;
                long last = day.localEnd(window) - prepared.duration() - prepared.bufferAfter();
                for (int local = first; local <= last; local += step) {
                    markIfAble(prepared, practitioner, day, bits, index, frame.epochSecondOfLocal(local));
                }
            }
        }
    }

    /** On a day the clocks change, one wall-clock time may mean two instants or none. */
    private static void markWallClockTime(PreparedSchedule prepared, PractitionerCalendar practitioner, WorkingDay day,
                                          DayBits bits, int index, int local) {
        LocalDateTime wallClock = LocalDateTime.of(day.frame().date(), LocalTime.ofSecondOfDay(local));
        for (ZoneOffset offset : day.frame().rules().getValidOffsets(wallClock)) {
            markIfAble(prepared, practitioner, day, bits, index, wallClock.toEpochSecond(offset));
        }
    }

    private static void markIfAble(PreparedSchedule prepared, PractitionerCalendar practitioner, WorkingDay day,
                                   DayBits bits, int index, long start) {
        if (prepared.practitionerVerdict(practitioner, day, start).isEmpty()) {
            bits.mark(index, start);
        }
    }

    /** Turns the day's marked starts into slots, applying the general and resource rules once per start. */
    private static void collectSlots(PreparedSchedule prepared, DayFrame frame, DayBits bits, List<OfferedSlot> slots) {
        List<PractitionerCalendar> practitioners = prepared.practitioners();
        for (int minute = bits.nextMarked(0); minute >= 0; minute = bits.nextMarked(minute + 1)) {
            long start = frame.start() + (long) minute * SECONDS_PER_MINUTE;
            if (prepared.generalVerdict(frame, start).isPresent() || prepared.assignResources(start).isEmpty()) {
                continue;
            }
            List<PractitionerId> able = new ArrayList<>(1);
            for (int p = 0; p < practitioners.size(); p++) {
                if (bits.isMarked(p, minute)) {
                    able.add(practitioners.get(p).id());
                }
            }
            slots.add(new OfferedSlot(Instant.ofEpochSecond(start),
                    Instant.ofEpochSecond(start + prepared.duration()), frame.offsetAt(start), able));
        }
    }

    /**
     * Per-minute marks of one local day, per practitioner and combined, so starts come out in time order (even on
     * the day the clocks go back) without sorting or allocating per candidate.
     */
    private static final class DayBits {

        private static final int MAX_MINUTES_PER_DAY = 26 * 60;
        private static final int WORDS = (MAX_MINUTES_PER_DAY + 63) / 64;

        private final long[][] byPractitioner;
        private final long[] any = new long[WORDS];
        private long dayStart;

        DayBits(int practitioners) {
            this.byPractitioner = new long[practitioners][WORDS];
        }

        void reset(DayFrame frame) {
            dayStart = frame.start();
            Arrays.fill(any, 0L);
            for (long[] words : byPractitioner) {
                Arrays.fill(words, 0L);
            }
        }

        void mark(int practitioner, long start) {
            int minute = (int) ((start - dayStart) / SECONDS_PER_MINUTE);
            byPractitioner[practitioner][minute >>> 6] |= 1L << minute;
            any[minute >>> 6] |= 1L << minute;
        }

        boolean isMarked(int practitioner, int minute) {
            return (byPractitioner[practitioner][minute >>> 6] & (1L << minute)) != 0;
        }

        /** The first marked minute at or after {@code from}, or -1. */
        int nextMarked(int from) {
            int word = from >>> 6;
            if (word >= WORDS) {
                return -1;
            }
            long bits = any[word] & (-1L << from);
            while (true) {
                if (bits != 0) {
                    return word * 64 + Long.numberOfTrailingZeros(bits);
                }
                if (++word == WORDS) {
                    return -1;
                }
                bits = any[word];
            }
        }
    }
}
