package com.laca.domain.consent;

import com.laca.domain.clinic.TreatmentCategory;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A tenant's consent templates, answering the one question every consent step asks: which version is in effect for
 * this category, in this jurisdiction, on this date.
 */
public final class ConsentTemplates {

    private final List<ConsentTemplate> templates;

    /**
     * Refuses two versions with the same number or the same effective date for one category and jurisdiction, and a
     * later-numbered version that takes effect earlier, so "the latest effective" is always "the highest version".
     */
    public ConsentTemplates(List<ConsentTemplate> templates) {
        this.templates = List.copyOf(Objects.requireNonNull(templates, "templates"));
        Set<String> versions = new HashSet<>();
        Set<String> dates = new HashSet<>();
        for (ConsentTemplate t : this.templates) {
            String key = t.category() + "/" + t.jurisdiction() + "/";
            if (!versions.add(key + t.version()) || !dates.add(key + t.effectiveFrom())) {
                throw new IllegalArgumentException("two templates for " + t.category() + " in " + t.jurisdiction()
                        + " share a version number or an effective date");
            }
        }
        for (ConsentTemplate a : this.templates) {
            for (ConsentTemplate b : this.templates) {
                boolean sameSeries = a.category() == b.category() && a.jurisdiction().equals(b.jurisdiction());
                if (sameSeries && a.version() < b.version() && !a.effectiveFrom().isBefore(b.effectiveFrom())) {
                    throw new IllegalArgumentException("version " + b.version() + " of the " + b.category()
                            + " template takes effect before version " + a.version());
                }
            }
        }
    }

    /**
     * The template in effect: the one for the category and jurisdiction with the latest effective date on or before
     * {@code date}; empty when none has started yet.
     */
    public Optional<ConsentTemplate> effective(TreatmentCategory category, String jurisdiction, LocalDate date) {
        return templates.stream()
                .filter(t -> t.category() == category && t.jurisdiction().equals(jurisdiction))
                .filter(t -> !t.effectiveFrom().isAfter(date))
                .max(Comparator.comparing(ConsentTemplate::effectiveFrom));
    }

    /** Every template, for listing. */
    public List<ConsentTemplate> all() {
        return templates;
    }
}
