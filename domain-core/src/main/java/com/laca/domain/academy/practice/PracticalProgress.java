package com.laca.domain.academy.practice;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A trainee's signed-off cases per modality against the course's minimums, derived from the log every time, so the
 * count can never drift from the cases behind it.
 *
 * @param requirement the course's minimums
 * @param counted     signed-off cases per modality (every modality present, possibly 0)
 */
public record PracticalProgress(PracticalRequirement requirement, Map<Modality, Integer> counted) {

    public PracticalProgress {
        Objects.requireNonNull(requirement, "requirement");
        counted = Map.copyOf(counted);
    }

    /** Counts the confirmed cases of one trainee on one course (other entries must not be given). */
    public static PracticalProgress of(PracticalRequirement requirement, List<CaseLogEntry> entries) {
        Map<Modality, Integer> counted = new EnumMap<>(Modality.class);
        for (Modality modality : Modality.values()) {
            counted.put(modality, 0);
        }
        for (CaseLogEntry entry : entries) {
            if (entry.counts()) {
                counted.merge(entry.modality(), 1, Integer::sum);
            }
        }
        return new PracticalProgress(requirement, counted);
    }

    /** How many more signed-off cases each modality needs; modalities already met are left out. */
    public Map<Modality, Integer> shortfall() {
        Map<Modality, Integer> shortfall = new EnumMap<>(Modality.class);
        for (Modality modality : Modality.values()) {
            int missing = requirement.minimumFor(modality) - counted.getOrDefault(modality, 0);
            if (missing > 0) {
                shortfall.put(modality, missing);
            }
        }
        return shortfall;
    }

    /** Whether every minimum is met. */
    public boolean met() {
        return shortfall().isEmpty();
    }
}
