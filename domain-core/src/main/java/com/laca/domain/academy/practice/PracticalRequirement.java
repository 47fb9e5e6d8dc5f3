package com.laca.domain.academy.practice;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a course asks of a trainee's practice beside the theory pass, e.g. 10 observed and 10 supervised toxin cases,
 * each with the course's consent and consultation checklists ticked.
 *
 * @param minimums     signed-off cases needed per modality (modalities not named need none)
 * @param consent      items about consent every case must tick
 * @param consultation items about the consultation every case must tick
 */
public record PracticalRequirement(Map<Modality, Integer> minimums, Checklist consent, Checklist consultation) {

    public PracticalRequirement {
        Objects.requireNonNull(consent, "consent");
        Objects.requireNonNull(consultation, "consultation");
        EnumMap<Modality, Integer> copy = new EnumMap<>(Modality.class);
        for (Map.Entry<Modality, Integer> minimum : minimums.entrySet()) {
            if (minimum.getValue() == null || minimum.getValue() < 0) {
                throw new IllegalArgumentException("a minimum number of cases cannot be negative");
            }
            copy.put(minimum.getKey(), minimum.getValue());
        }
        minimums = Map.copyOf(copy);
    }

    /** The minimum for one modality, 0 if none is set. */
    public int minimumFor(Modality modality) {
        return minimums.getOrDefault(modality, 0);
    }
}
