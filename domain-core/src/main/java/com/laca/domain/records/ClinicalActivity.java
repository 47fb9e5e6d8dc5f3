package com.laca.domain.records;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The three dates clinical retention is derived from, as local dates in the clinic's time zone, so the rule is a pure
 * function of facts the record already holds.
 *
 * @param dateOfBirth   the client's date of birth
 * @param lastEntryOn   the date of the latest entry in the clinical record (treatment record, correction, clinical
 *                      note, photo, screening, consent, or prescribing evidence)
 * @param lastTreatedOn the date of the latest treatment or clinical contact, whose age decides the children's rule;
 *                      never after {@code lastEntryOn}
 */
public record ClinicalActivity(LocalDate dateOfBirth, LocalDate lastEntryOn, LocalDate lastTreatedOn) {

    public ClinicalActivity {
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(lastEntryOn, "lastEntryOn");
        Objects.requireNonNull(lastTreatedOn, "lastTreatedOn");
        if (lastTreatedOn.isBefore(dateOfBirth)) {
            throw new IllegalArgumentException("a client cannot be treated before being born");
        }
        if (lastEntryOn.isBefore(lastTreatedOn)) {
            throw new IllegalArgumentException("the last entry cannot be older than the last treatment it records");
        }
    }

    /** Activity whose last entry is the last treatment itself. */
    public static ClinicalActivity treatedOn(LocalDate dateOfBirth, LocalDate lastTreatedOn) {
        return new ClinicalActivity(dateOfBirth, lastTreatedOn, lastTreatedOn);
    }

    /** The client's age in whole years on the day of the last treatment. */
    public int ageAtLastTreatment() {
        return Anniversaries.ageOn(dateOfBirth, lastTreatedOn);
    }
}
