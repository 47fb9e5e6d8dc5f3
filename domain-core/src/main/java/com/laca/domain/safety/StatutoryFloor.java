package com.laca.domain.safety;

import com.laca.domain.clinic.JurisdictionCode;
import com.laca.domain.clinic.TreatmentCategory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * England's statute as a floor under the configurable rules, so no jurisdictions file (a deployment's or a mistaken
 * edit of the shipped one) can silently lift the Botulinum Toxin and Cosmetic Fillers (Children) Act 2021: England's
 * entry, and every entry that applies England's rules as a fallback, refuses under-18s each category whose
 * {@link com.laca.domain.clinic.ClinicalProfile#restrictedForMinors()} is true and requires the ID check, England's
 * doctor's-direction exception stays the Act's (toxin only), and a fallback has no such exception at all.
 */
final class StatutoryFloor {

    /** The age the Act sets for every category restricted for minors. */
    static final int ADULT = 18;

    private static final String ACT = "the Botulinum Toxin and Cosmetic Fillers (Children) Act 2021";
    /** The one category for which the Act makes a doctor's direction an exception: botulinum toxin. */
    private static final TreatmentCategory DIRECTION_UNDER_THE_ACT = TreatmentCategory.ANTI_WRINKLE;

    private StatutoryFloor() {
    }

    /** The categories the Act restricts for children, read from their clinical profiles. */
    static List<TreatmentCategory> restrictedForMinors() {
        return Arrays.stream(TreatmentCategory.values()).filter(c -> c.clinicalProfile().restrictedForMinors())
                .toList();
    }

    /**
     * Refuses England's rules, or a fallback to them, that are below the Act; other jurisdictions' own rules pass.
     *
     * @throws IllegalArgumentException naming the jurisdiction, each category and the rule it breaks
     */
    static void require(String code, Map<TreatmentCategory, Integer> minimumAges,
                        Set<TreatmentCategory> doctorsDirection, boolean idCheckRequired, Optional<String> fallback) {
        boolean england = JurisdictionCode.ENGLAND.code().equals(code);
        if (!england && fallback.isEmpty()) {
            return;
        }
        List<String> broken = new ArrayList<>();
        for (TreatmentCategory category : restrictedForMinors()) {
            Integer age = minimumAges.get(category);
            if (age == null || age < ADULT) {
                broken.add(category + " minimumAges must be at least " + ADULT + ", not "
                        + (age == null ? "missing" : age));
            }
        }
        if (!idCheckRequired) {
            broken.add("idCheckRequired must be true for " + restrictedForMinors().stream().map(String::valueOf)
                    .collect(Collectors.joining(", ")));
        }
        if (england) {
            doctorsDirection.stream().filter(category -> category != DIRECTION_UNDER_THE_ACT).sorted()
                    .forEach(category -> broken.add(category + " doctorsDirection is not an exception under the Act ("
                            + DIRECTION_UNDER_THE_ACT + " only)"));
        } else {
            doctorsDirection.stream().sorted().forEach(category -> broken.add(category + " doctorsDirection: a "
                    + "fallback applies England's restrictions without England's exception, which is England's law"));
        }
        if (!broken.isEmpty()) {
            throw new IllegalArgumentException(code + (england ? "" : ", a fallback to England's rules,")
                    + " is below England's statutory floor (" + ACT + "): " + String.join("; ", broken));
        }
    }
}
