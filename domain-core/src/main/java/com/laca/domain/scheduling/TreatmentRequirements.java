package com.laca.domain.scheduling;

import com.laca.domain.clinic.Qualification;
import com.laca.domain.clinic.ResourceType;
import com.laca.domain.shared.TreatmentId;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;

/**
 * What booking one treatment takes (time, buffers, notice, who and what), so the engine does not depend on the
 * clinic's treatment aggregate and can be fed from any source.
 *
 * @param treatment              which treatment this describes
 * @param duration               how long the client is in the chair; positive whole minutes
 * @param bufferBefore           preparation time before the treatment, also kept free; whole minutes
 * @param bufferAfter            cleaning and notes time after it, also kept free; whole minutes
 * @param slotStep               distance between offered start times, counted from each working window's start
 * @param minimumNotice          how far ahead of now a booking must start at the earliest
 * @param maximumAdvance         how far ahead of now a booking may start at the latest
 * @param requiredQualifications the practitioner must hold all of these; empty means anyone may treat
 * @param requiredResourceTypes  one free resource of each of these types is needed at the location
 */
public record TreatmentRequirements(TreatmentId treatment, Duration duration, Duration bufferBefore,
                                    Duration bufferAfter, Duration slotStep, Duration minimumNotice,
                                    Duration maximumAdvance, Set<Qualification> requiredQualifications,
                                    Set<ResourceType> requiredResourceTypes) {

    /** The step used when a treatment does not say otherwise. */
    public static final Duration DEFAULT_STEP = Duration.ofMinutes(15);
    /** The notice used when a treatment does not say otherwise. */
    public static final Duration DEFAULT_MINIMUM_NOTICE = Duration.ofHours(24);
    /** The booking horizon used when a treatment does not say otherwise. */
    public static final Duration DEFAULT_MAXIMUM_ADVANCE = Duration.ofDays(90);

    public TreatmentRequirements {
        Objects.requireNonNull(treatment, "treatment");
        Buffers.requireWholePositiveMinutes(duration, "duration");
        Buffers.requireWholeMinutes(bufferBefore, "bufferBefore");
        Buffers.requireWholeMinutes(bufferAfter, "bufferAfter");
        Buffers.requireWholePositiveMinutes(slotStep, "slotStep");
        Buffers.requireNonNegative(minimumNotice, "minimumNotice");
        Buffers.requireNonNegative(maximumAdvance, "maximumAdvance");
        if (maximumAdvance.compareTo(minimumNotice) < 0) {
            throw new IllegalArgumentException("maximum advance must not be shorter than minimum notice");
        }
        requiredQualifications = Set.copyOf(Objects.requireNonNull(requiredQualifications, "requiredQualifications"));
        requiredResourceTypes = Set.copyOf(Objects.requireNonNull(requiredResourceTypes, "requiredResourceTypes"));
    }

    /** A treatment of the given length with no buffers, a 15-minute step, 24 h notice, 90 days ahead, no requirements. */
    public static TreatmentRequirements of(TreatmentId treatment, Duration duration) {
        return new TreatmentRequirements(treatment, duration, Duration.ZERO, Duration.ZERO, DEFAULT_STEP,
                DEFAULT_MINIMUM_NOTICE, DEFAULT_MAXIMUM_ADVANCE, Set.of(), Set.of());
    }

    public TreatmentRequirements withBuffers(Duration before, Duration after) {
        return new TreatmentRequirements(treatment, duration, before, after, slotStep, minimumNotice, maximumAdvance,
                requiredQualifications, requiredResourceTypes);
    }

    public TreatmentRequirements withSlotStep(Duration step) {
        return new TreatmentRequirements(treatment, duration, bufferBefore, bufferAfter, step, minimumNotice,
                maximumAdvance, requiredQualifications, requiredResourceTypes);
    }

    public TreatmentRequirements withBookingWindow(Duration notice, Duration advance) {
        return new TreatmentRequirements(treatment, duration, bufferBefore, bufferAfter, slotStep, notice, advance,
                requiredQualifications, requiredResourceTypes);
    }

    public TreatmentRequirements requiring(Set<Qualification> qualifications) {
        return new TreatmentRequirements(treatment, duration, bufferBefore, bufferAfter, slotStep, minimumNotice,
                maximumAdvance, qualifications, requiredResourceTypes);
    }

    public TreatmentRequirements using(Set<ResourceType> resourceTypes) {
        return new TreatmentRequirements(treatment, duration, bufferBefore, bufferAfter, slotStep, minimumNotice,
                maximumAdvance, requiredQualifications, resourceTypes);
    }
}
