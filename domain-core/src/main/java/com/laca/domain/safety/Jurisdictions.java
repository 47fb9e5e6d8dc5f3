package com.laca.domain.safety;

import com.laca.domain.clinic.JurisdictionCode;
import com.laca.domain.clinic.TreatmentCategory;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The law for every jurisdiction a location may be in, as one catalogue read from reviewed data, so the gates look a
 * location's law up in one place and a deployment can change the rules without code; a catalogue that leaves one of
 * them out is refused, so no location is ever gated by nothing.
 */
public final class Jurisdictions {

    private final Map<JurisdictionCode, Jurisdiction> byCode;

    /**
     * @param jurisdictions exactly one for each {@link JurisdictionCode}, any order
     * @throws IllegalArgumentException naming the jurisdiction listed twice, unknown or missing
     */
    public Jurisdictions(Collection<Jurisdiction> jurisdictions) {
        Map<JurisdictionCode, Jurisdiction> rules = keyed(jurisdictions);
        List<String> missing = Arrays.stream(JurisdictionCode.values()).filter(code -> !rules.containsKey(code))
                .map(JurisdictionCode::code).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("no rules for " + String.join(", ", missing)
                    + ": every jurisdiction a location may be in needs its rules");
        }
        byCode = Map.copyOf(rules);
    }

    /** The law a location in this jurisdiction is gated by. */
    public Jurisdiction of(JurisdictionCode where) {
        return byCode.get(Objects.requireNonNull(where, "where"));
    }

    /**
     * This catalogue with some jurisdictions' rules replaced (a deployment's own file over the shipped one); those not
     * named keep theirs.
     *
     * @throws IllegalArgumentException naming a replacement that is listed twice or no jurisdiction a location may be
     *                                  in
     */
    public Jurisdictions overriddenBy(Collection<Jurisdiction> replacements) {
        Map<JurisdictionCode, Jurisdiction> rules = new EnumMap<>(byCode);
        rules.putAll(keyed(replacements));
        return new Jurisdictions(rules.values());
    }

    /** Every jurisdiction's rules, in the order of {@link JurisdictionCode}. */
    public List<Jurisdiction> all() {
        return Arrays.stream(JurisdictionCode.values()).map(byCode::get).toList();
    }

    /**
     * Whether a doctor's direction is an exception for the category anywhere: a direction may then be recorded, and
     * the gate honours it only at a location whose own law allows it.
     */
    public boolean allowDoctorsDirectionSomewhere(TreatmentCategory category) {
        return byCode.values().stream().anyMatch(law -> law.allowsDoctorsDirection(category));
    }

    /**
     * Every category where a jurisdiction's rules are less strict than England's, one line each, for the start-up
     * warning: a deployment may configure another jurisdiction's law, but not without saying where it is laxer.
     */
    public List<String> lessStrictThanEngland() {
        Jurisdiction england = of(JurisdictionCode.ENGLAND);
        return all().stream().filter(law -> !law.code().equals(england.code()))
                .flatMap(law -> law.lessStrictThan(england).stream())
                .toList();
    }

    private static Map<JurisdictionCode, Jurisdiction> keyed(Collection<Jurisdiction> jurisdictions) {
        Map<JurisdictionCode, Jurisdiction> rules = new EnumMap<>(JurisdictionCode.class);
        for (Jurisdiction law : jurisdictions) {
            JurisdictionCode code = JurisdictionCode.ofCode(law.code()).filter(c -> c.code().equals(law.code()))
                    .orElseThrow(() -> new IllegalArgumentException(law.code() + " is not a jurisdiction a location "
                            + "may be in (" + Arrays.stream(JurisdictionCode.values()).map(JurisdictionCode::code)
                            .collect(Collectors.joining(", ")) + ")"));
            if (rules.put(code, law) != null) {
                throw new IllegalArgumentException(law.code() + " is listed twice");
            }
        }
        return rules;
    }
}
