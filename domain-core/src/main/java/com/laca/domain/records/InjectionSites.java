package com.laca.domain.records;

import static com.laca.domain.records.InjectionSite.*;

import com.laca.domain.clinic.TreatmentCategory;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The sites a dose may be charted at for each treatment category, and the unit it is measured in, kept as one table
 * so a filler dose in "units" or a toxin dose in the tear troughs is caught at signing, not at an inquest.
 */
public final class InjectionSites {

    private static final Map<TreatmentCategory, Set<InjectionSite>> SITES = new EnumMap<>(TreatmentCategory.class);
    private static final Map<TreatmentCategory, DoseUnit> UNITS = new EnumMap<>(TreatmentCategory.class);

    static {
        SITES.put(TreatmentCategory.ANTI_WRINKLE, EnumSet.of(GLABELLA, FRONTALIS, LATERAL_CANTHAL_LINES, BROW_LIFT,
                NASALIS, GUMMY_SMILE, PERIORAL_LINES, DEPRESSOR_ANGULI_ORIS, MENTALIS, MASSETER, PLATYSMA, AXILLAE));
        UNITS.put(TreatmentCategory.ANTI_WRINKLE, DoseUnit.UNITS);
        SITES.put(TreatmentCategory.DERMAL_FILLER, EnumSet.of(LIPS, NASOLABIAL_FOLDS, MARIONETTE_LINES, CHEEKS,
                TEAR_TROUGHS, CHIN, JAWLINE, TEMPLES, NOSE, PERIORAL_LINES, HANDS));
        UNITS.put(TreatmentCategory.DERMAL_FILLER, DoseUnit.ML);
    }

    private InjectionSites() {
    }

    /** The sites a dose may be charted at for {@code category}; empty for categories that inject nothing. */
    public static Set<InjectionSite> forCategory(TreatmentCategory category) {
        return Set.copyOf(SITES.getOrDefault(category, EnumSet.noneOf(InjectionSite.class)));
    }

    /** The unit doses of {@code category} are measured in; empty for categories that inject nothing. */
    public static Optional<DoseUnit> unitFor(TreatmentCategory category) {
        return Optional.ofNullable(UNITS.get(category));
    }

    /** True for categories whose record must chart at least one dose. */
    public static boolean isInjectable(TreatmentCategory category) {
        return UNITS.containsKey(category);
    }
}
