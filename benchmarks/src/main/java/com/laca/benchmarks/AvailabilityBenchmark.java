package com.laca.benchmarks;

import com.laca.domain.scheduling.AvailabilityEngine;
import com.laca.domain.scheduling.AvailabilityQuery;
import com.laca.domain.scheduling.BookingDecision;
import com.laca.domain.scheduling.BookingRequest;
import com.laca.domain.scheduling.ClinicSchedule;
import com.laca.domain.scheduling.OfferedSlot;
import com.laca.domain.scheduling.PractitionerChoice;
import com.laca.domain.scheduling.TreatmentRequirements;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Measures the availability engine against the targets: one practitioner over 7 days (at most 50 µs) and a
 * clinic of 20 practitioners, 10 resources and 2,000 appointments over 31 days (at most 5 ms). Each call includes
 * indexing the schedule, as every real request does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AvailabilityBenchmark {

    private final AvailabilityEngine engine = new AvailabilityEngine();
    private TreatmentRequirements facial;
    private ClinicSchedule onePractitioner;
    private AvailabilityQuery oneWeek;
    private ClinicSchedule clinic;
    private AvailabilityQuery oneMonthAnyPractitioner;
    private BookingRequest oneBookingAnyPractitioner;

    @Setup
    public void setUp() {
        facial = BenchmarkClinic.facial();
        onePractitioner = BenchmarkClinic.build(1, 2, 0, 7, 15);
        oneWeek = new AvailabilityQuery(BenchmarkClinic.FIRST_DAY, BenchmarkClinic.FIRST_DAY.plusDays(6),
                PractitionerChoice.of(BenchmarkClinic.practitioner(0)), BenchmarkClinic.NOW);
        clinic = BenchmarkClinic.build(20, 8, 2, 31, 2_000);
        oneMonthAnyPractitioner = new AvailabilityQuery(BenchmarkClinic.FIRST_DAY,
                BenchmarkClinic.FIRST_DAY.plusDays(30), PractitionerChoice.any(), BenchmarkClinic.NOW);
        oneBookingAnyPractitioner = new BookingRequest(PractitionerChoice.any(),
                ZonedDateTime.of(BenchmarkClinic.FIRST_DAY.plusDays(10).atTime(16, 0), BenchmarkClinic.LONDON)
                        .toInstant(), BenchmarkClinic.NOW);
        requireSlots(onePractitionerOneWeek(), "one practitioner");
        requireSlots(clinicOneMonthAnyPractitioner(), "clinic");
    }

    private static void requireSlots(List<OfferedSlot> slots, String name) {
        if (slots.isEmpty()) {
            throw new IllegalStateException("benchmark '" + name + "' offers no slots; it would measure nothing");
        }
    }

    /** Target ≤ 50 µs: one practitioner, 7 days, 15 existing appointments, a treatment room required. */
    @Benchmark
    public List<OfferedSlot> onePractitionerOneWeek() {
        return engine.offeredSlots(onePractitioner, facial, oneWeek);
    }

    /** Target ≤ 5 ms: 20 practitioners, 10 resources, 2,000 appointments, 31 days, "any practitioner". */
    @Benchmark
    public List<OfferedSlot> clinicOneMonthAnyPractitioner() {
        return engine.offeredSlots(clinic, facial, oneMonthAnyPractitioner);
    }

    /** For reference: the same clinic, deciding one "any practitioner" booking. */
    @Benchmark
    public BookingDecision clinicCheckOneBooking() {
        return engine.check(clinic, facial, oneBookingAnyPractitioner);
    }
}
