package com.laca.domain.notification;

import com.laca.domain.clinic.TreatmentCategory;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A tenant's rule that nothing medical appears in a message: no screening outcome anywhere, no injectable treatment
 * on a lock screen (SMS, e-mail subject), and whatever extra words the tenant forbids; checked on every rendered
 * message before it is sent, so even a tenant's own template cannot leak health information.
 *
 * <p>Templates do not print a treatment's name directly: they print {@link #treatmentLabel}, which replaces the name
 * of a treatment in a hidden category with a neutral label on the surfaces where it is hidden.
 *
 * @param hiddenCategories      treatment categories whose names never appear on a lock screen; by default
 *                              {@link TreatmentCategory#ANTI_WRINKLE} and {@link TreatmentCategory#DERMAL_FILLER};
 *                              a tenant that empties it also turns off the check for injectable words
 * @param hideInEmailBodies     whether those names and the injectable words are kept out of e-mail bodies too
 * @param extraForbiddenTerms   further words this tenant keeps out of every message (e.g. a product it uses)
 */
public record ContentRule(Set<TreatmentCategory> hiddenCategories, boolean hideInEmailBodies,
                          Set<String> extraForbiddenTerms) {

    /** What a hidden treatment is called instead. */
    public static final String NEUTRAL_LABEL = "your appointment";

    private static final Pattern SEPARATORS = Pattern.compile("[\\s_\\-]+");

    public ContentRule {
        hiddenCategories = Set.copyOf(Objects.requireNonNull(hiddenCategories, "hiddenCategories"));
        extraForbiddenTerms = Set.copyOf(Objects.requireNonNull(extraForbiddenTerms, "extraForbiddenTerms"));
        for (String term : extraForbiddenTerms) {
            if (normalise(term).length() < 3 || term.length() > 60) {
                throw new IllegalArgumentException("a forbidden term is 3-60 characters");
            }
        }
    }

    /** Injectables hidden on lock screens, nothing else added. */
    public static ContentRule standard() {
        return new ContentRule(EnumSet.of(TreatmentCategory.ANTI_WRINKLE, TreatmentCategory.DERMAL_FILLER), false,
                Set.of());
    }

    /** Whether treatments of this category are named on this surface. */
    public boolean mayName(Surface surface, TreatmentCategory category) {
        return !hiddenCategories.contains(category) || !hidesInjectablesOn(surface);
    }

    /** The treatment's name where it may be named, else {@link #NEUTRAL_LABEL}. */
    public String treatmentLabel(Surface surface, TreatmentCategory category, String name) {
        return mayName(surface, category) ? name : NEUTRAL_LABEL;
    }

    /** Checks one rendered text for the surface it is shown on. */
    public ContentVerdict check(Surface surface, String text) {
        Objects.requireNonNull(surface, "surface");
        String haystack = " " + normalise(Objects.requireNonNull(text, "text"));
        Set<String> found = new LinkedHashSet<>();
        List<String> terms = new ArrayList<>(ClinicalVocabulary.SCREENING);
        terms.addAll(extraForbiddenTerms);
        if (hidesInjectablesOn(surface)) {
            terms.addAll(ClinicalVocabulary.INJECTABLES);
        }
        for (String term : terms) {
            String needle = normalise(term);
            if (startsAWord(haystack, needle)) {
                found.add(term);
            }
        }
        return found.isEmpty() ? new ContentVerdict.Clean() : new ContentVerdict.Violation(surface, List.copyOf(found));
    }

    /** A tenant that hides no category has chosen to name injectables, so their words are not checked either. */
    private boolean hidesInjectablesOn(Surface surface) {
        return !hiddenCategories.isEmpty() && (surface.isGlanceable() || hideInEmailBodies);
    }

    private static boolean startsAWord(String haystack, String needle) {
        int from = 0;
        while (true) {
            int at = haystack.indexOf(needle, from);
            if (at < 0) {
                return false;
            }
            if (at == 0 || !Character.isLetterOrDigit(haystack.charAt(at - 1))) {
                return true;
            }
            from = at + 1;
        }
    }

    private static String normalise(String text) {
        return SEPARATORS.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
