package com.laca.domain.safety;

import com.laca.domain.clinic.JurisdictionCode;
import com.laca.domain.clinic.TreatmentCategory;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The law a location's treatments fall under, as data: which categories are restricted for minors and from what age,
 * where a doctor's direction is an exception, which registers' members may prescribe, and whether staff must record
 * an ID check. England ships first; others are configured by building one. For Wales, Scotland and Northern Ireland
 * no rules are modelled yet, so {@link #of(JurisdictionCode)} gives them England's restrictions without England's
 * exception (the stricter reading) and says so in {@code fallback}, which every refusal repeats.
 *
 * @param code                 e.g. {@code GB-ENG} (ISO 3166-2), stored with consent templates
 * @param name                 for people, e.g. "England"
 * @param minimumAges          category to the age a client must have reached on the treatment date
 * @param doctorsDirection     restricted categories for which a doctor's direction is a lawful exception
 * @param prescriberRegisters  registers whose members may hold a prescriber consultation
 * @param idCheckRequired      whether an ID check must be recorded before an age-restricted treatment
 * @param fallback             why these rules are another jurisdiction's, when they are (shown with every refusal)
 */
public record Jurisdiction(String code, String name, Map<TreatmentCategory, Integer> minimumAges,
                           Set<TreatmentCategory> doctorsDirection, Set<RegisterBody> prescriberRegisters,
                           boolean idCheckRequired, Optional<String> fallback) {

    private static final Pattern CODE = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,3})?");

    public Jurisdiction {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("jurisdiction code must look like GB-ENG");
        }
        Objects.requireNonNull(name, "name");
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
    }

    /** A jurisdiction whose own rules these are (no fallback). */
    public Jurisdiction(String code, String name, Map<TreatmentCategory, Integer> minimumAges,
                        Set<TreatmentCategory> doctorsDirection, Set<RegisterBody> prescriberRegisters,
                        boolean idCheckRequired) {
        this(code, name, minimumAges, doctorsDirection, prescriberRegisters, idCheckRequired, Optional.empty());
    }

    /**
     * The rules a location in this jurisdiction is gated by: England's own; for the others, whose law the domain
     * does not model, England's age restrictions, registers and ID check without its doctor's-direction exception,
     * so nothing England refuses is allowed elsewhere by a gap in the model, and the fallback is named.
     */
    public static Jurisdiction of(JurisdictionCode where) {
        Jurisdiction england = england();
        if (where == JurisdictionCode.ENGLAND) {
            return england;
        }
        return new Jurisdiction(where.code(), where.displayName(), england.minimumAges(), Set.of(),
                england.prescriberRegisters(), england.idCheckRequired(), Optional.of("LACA models only England's "
                + "law, so England's age restriction applies in " + where.displayName()
                + " as the stricter rule, without its doctor's-direction exception"));
    }

    /**
     * England: the Botulinum Toxin and Cosmetic Fillers (Children) Act 2021 restricts every category whose profile is
     * restricted for minors to those aged 18 or over, with a doctor's direction an exception for botulinum toxin only;
     * GMC, NMC, GPhC and GDC registrants may prescribe; staff record the ID they saw.
     */
    public static Jurisdiction england() {
        Map<TreatmentCategory, Integer> ages = new EnumMap<>(TreatmentCategory.class);
        for (TreatmentCategory category : TreatmentCategory.values()) {
            if (category.clinicalProfile().restrictedForMinors()) {
                ages.put(category, 18);
            }
        }
        return new Jurisdiction("GB-ENG", "England", ages, Set.of(TreatmentCategory.ANTI_WRINKLE),
                EnumSet.copyOf(Arrays.asList(RegisterBody.values())), true);
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
}
