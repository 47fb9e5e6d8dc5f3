package com.laca.domain.safety;

import com.laca.domain.clinic.TreatmentCategory;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One screening prompt from the clinical rule file: for these categories, when the answers match, this outcome, with
 * the words shown to the client and the note shown to the prescriber.
 *
 * @param id            stable code recorded with every decision it makes
 * @param categories    the treatment categories it applies to
 * @param when          the answers that trigger it
 * @param outcome       what a match means
 * @param clientMessage plain English for the client, naming no diagnosis beyond what they told us
 * @param clinicalNote  for practitioners and prescribers (staff with clinical access only)
 */
public record ContraindicationRule(String id, Set<TreatmentCategory> categories, Condition when, RuleOutcome outcome,
                                   String clientMessage, String clinicalNote) {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_-]{1,79}");

    public ContraindicationRule {
        Objects.requireNonNull(id, "id");
        if (!CODE.matcher(id).matches()) {
            throw new IllegalArgumentException("rule id must be 2-80 lower-case letters, digits, '-' or '_': " + id);
        }
        if (categories == null || categories.isEmpty()) {
            throw new IllegalArgumentException("rule " + id + " applies to no category");
        }
        categories = Set.copyOf(EnumSet.copyOf(categories));
        Objects.requireNonNull(when, "when");
        Objects.requireNonNull(outcome, "outcome");
        clientMessage = requireText(clientMessage, id, "clientMessage");
        clinicalNote = requireText(clinicalNote, id, "clinicalNote");
    }

    private static String requireText(String value, String id, String field) {
        if (value == null || value.isBlank() || value.length() > 1000) {
            throw new IllegalArgumentException("rule " + id + ": " + field + " must be 1-1000 characters");
        }
        return value.strip();
    }
}
