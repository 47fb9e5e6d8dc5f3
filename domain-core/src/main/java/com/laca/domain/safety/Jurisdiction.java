package com.laca.domain.safety;

import com.laca.domain.clinic.TreatmentCategory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The law a location's treatments fall under, as data: which categories are restricted for minors and from what age,
 * where a doctor's direction is an exception, which registers' members may prescribe, and whether staff must record
 * an ID check. It is read from the reviewed jurisdictions file (England's law as modelled, and a named fallback for
 * the others) into the {@link Jurisdictions} catalogue, so a deployment changes the law applied by data, not code; a
 * {@code fallback} says why the rules are another jurisdiction's, and every age refusal repeats it. England's entry
 * and every fallback may not go below England's statute ({@link StatutoryFloor}); another jurisdiction's own rules may.
 *
 * @param code                 e.g. {@code GB-ENG} (ISO 3166-2), stored with consent templates
 * @param name                 for people, e.g. "England"
 * @param version              the version of the jurisdictions file these rules were read from, named with refusals
 * @param minimumAges          category to the age a client must have reached on the treatment date
 * @param doctorsDirection     restricted categories for which a doctor's direction is a lawful exception
 * @param prescriberRegisters  registers whose members may hold a prescriber consultation
 * @param idCheckRequired      whether an ID check must be recorded before an age-restricted treatment
 * @param fallback             why these rules are another jurisdiction's, when they are (shown with every refusal)
 */
public record Jurisdiction(String code, String name, String version, Map<TreatmentCategory, Integer> minimumAges,
                           Set<TreatmentCategory> doctorsDirection, Set<RegisterBody> prescriberRegisters,
                           boolean idCheckRequired, Optional<String> fallback) {

    private static final Pattern CODE = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,3})?");

    public Jurisdiction {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("jurisdiction code must look like GB-ENG");
        }
        Objects.requireNonNull(name, "name");
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("jurisdiction rules carry the version of the file they came from");
        }
        Objects.requireNonNull(minimumAges, "minimumAges");
        minimumAges.forEach((category, age) -> {
            if (age == null || age < 1 || age > 25) {
                throw new IllegalArgumentException("minimum age for " + category + " must be 1-25");
            }
        });
        minimumAges = minimumAges.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(minimumAges));
        Objects.requireNonNull(doctorsDirection, "doctorsDirection");
        if (!minimumAges.keySet().containsAll(doctorsDirection)) {
            throw new IllegalArgumentException("a doctor's direction is an exception to an age restriction only");
        }
        doctorsDirection = doctorsDirection.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(doctorsDirection));
        if (prescriberRegisters == null || prescriberRegisters.isEmpty()) {
            throw new IllegalArgumentException("a jurisdiction names at least one prescriber register");
        }
        prescriberRegisters = Set.copyOf(EnumSet.copyOf(prescriberRegisters));
        Objects.requireNonNull(fallback, "fallback");
        StatutoryFloor.require(code, minimumAges, doctorsDirection, idCheckRequired, fallback);
    }

    /** A jurisdiction whose own rules these are (no fallback). */
    public Jurisdiction(String code, String name, String version, Map<TreatmentCategory, Integer> minimumAges,
                        Set<TreatmentCategory> doctorsDirection, Set<RegisterBody> prescriberRegisters,
                        boolean idCheckRequired) {
        this(code, name, version, minimumAges, doctorsDirection, prescriberRegisters, idCheckRequired,
                Optional.empty());
    }

    /** Where these rules came from, for the clinician's side of a refusal: "GB-SCT rules 2026.1". */
    public String citation() {
        return code + " rules " + version;
    }

    /** Whether the category has a minimum age here. */
    public boolean restricts(TreatmentCategory category) {
        return minimumAges.containsKey(category);
    }

    /** The minimum age for the category here; zero when it has none. */
    public int minimumAge(TreatmentCategory category) {
        return minimumAges.getOrDefault(category, 0);
    }

    /** Whether a doctor's direction is an exception to the age restriction for the category here. */
    public boolean allowsDoctorsDirection(TreatmentCategory category) {
        return doctorsDirection.contains(category);
    }

    /**
     * Where these rules let through a client the other rules would refuse, one line per category (e.g.
     * "GB-SCT DERMAL_FILLER: no minimum age (GB-ENG 18), no ID check"), so a deployment's own reading of a law that
     * is laxer than England's is visible at start-up rather than discovered at a booking.
     */
    public List<String> lessStrictThan(Jurisdiction other) {
        List<String> lines = new ArrayList<>();
        for (TreatmentCategory category : TreatmentCategory.values()) {
            if (!other.restricts(category)) {
                continue;
            }
            List<String> laxer = new ArrayList<>();
            if (minimumAge(category) < other.minimumAge(category)) {
                laxer.add((restricts(category) ? "minimum age " + minimumAge(category) : "no minimum age") + " ("
                        + other.code + " " + other.minimumAge(category) + ")");
            }
            if (allowsDoctorsDirection(category) && !other.allowsDoctorsDirection(category)) {
                laxer.add("a doctor's direction is an exception (not in " + other.code + ")");
            }
            if (!idCheckRequired && other.idCheckRequired) {
                laxer.add("no ID check");
            }
            if (!laxer.isEmpty()) {
                lines.add(code + " " + category + ": " + String.join(", ", laxer));
            }
        }
        return lines;
    }
}
