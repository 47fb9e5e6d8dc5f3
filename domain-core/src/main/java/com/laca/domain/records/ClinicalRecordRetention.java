package com.laca.domain.records;

import java.time.LocalDate;
import java.util.List;

/**
 * The retention rule for a client's clinical record, from the NHS Records Management Code of Practice 2021 (which the
 * GMC asks private doctors to follow): adults 8 years after the last entry; children until the 25th birthday, or the
 * 26th if 17 at the last treatment, or 8 years after the last entry if that is later.
 */
public final class ClinicalRecordRetention {

    /** Years an adult's record is kept after its last entry. */
    public static final int ADULT_YEARS = 8;

    private static final int ADULT_AGE = 18;
    private static final int SEVENTEEN = 17;

    private ClinicalRecordRetention() {
    }

    /** The retention period of a record with this activity. */
    public static RetentionPeriod periodFor(ClinicalActivity activity) {
        RetentionPeriod adultRule = new RetentionPeriod(
                Anniversaries.anniversary(activity.lastEntryOn(), ADULT_YEARS), RetentionBasis.ADULT_HEALTH_RECORD);
        int age = activity.ageAtLastTreatment();
        if (age >= ADULT_AGE) {
            return adultRule;
        }
        RetentionPeriod childRule = age == SEVENTEEN
                ? new RetentionPeriod(Anniversaries.birthday(activity.dateOfBirth(), 26),
                        RetentionBasis.CHILD_UNTIL_26TH_BIRTHDAY)
                : new RetentionPeriod(Anniversaries.birthday(activity.dateOfBirth(), 25),
                        RetentionBasis.CHILD_UNTIL_25TH_BIRTHDAY);
        return adultRule.purgeableFrom().isAfter(childRule.purgeableFrom()) ? adultRule : childRule;
    }

    /** Whether the clinical record may be purged on {@code today}. */
    public static PurgeDecision decide(ClinicalActivity activity, List<LegalHold> holds, LocalDate today) {
        return periodFor(activity).decide(holds, today);
    }
}
