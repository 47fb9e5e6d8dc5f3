package com.laca.domain.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("How long a clinical record is kept (NHS Records Management Code of Practice 2021)")
class ClinicalRecordRetentionTest {

    private static RetentionPeriod treated(String bornOn, String treatedOn) {
        return ClinicalRecordRetention.periodFor(ClinicalActivity.treatedOn(LocalDate.parse(bornOn),
                LocalDate.parse(treatedOn)));
    }

    @Nested
    @DisplayName("Adults")
    class Adults {

        @Test
        @DisplayName("An adult's record is kept for 8 years after its last entry, to the day")
        void eightYears() {
            RetentionPeriod period = treated("1990-04-15", "2026-06-10");

            assertThat(period.purgeableFrom()).isEqualTo(LocalDate.of(2034, 6, 10));
            assertThat(period.basis()).isEqualTo(RetentionBasis.ADULT_HEALTH_RECORD);
        }

        @Test
        @DisplayName("A later entry (a note, a correction) moves the date on, even without a new treatment")
        void lastEntryCounts() {
            ClinicalActivity activity = new ClinicalActivity(LocalDate.of(1990, 4, 15), LocalDate.of(2027, 1, 5),
                    LocalDate.of(2026, 6, 10));

            assertThat(ClinicalRecordRetention.periodFor(activity).purgeableFrom()).isEqualTo(LocalDate.of(2035, 1, 5));
        }

        @Test
        @DisplayName("A last entry on 29 February 2024 is kept until 29 February 2032, a leap day again")
        void leapDayEntry() {
            assertThat(treated("1980-01-01", "2024-02-29").purgeableFrom()).isEqualTo(LocalDate.of(2032, 2, 29));
        }

        @Test
        @DisplayName("Eight years after 29 February 2092 is 1 March 2100 (2100 is not a leap year): never a day early")
        void leapDayIntoCommonYear() {
            assertThat(treated("2050-01-01", "2092-02-29").purgeableFrom()).isEqualTo(LocalDate.of(2100, 3, 1));
        }
    }

    @Nested
    @DisplayName("Children")
    class Children {

        @Test
        @DisplayName("A client aged 14 at the last treatment: kept until the 25th birthday, which is later than 8 years")
        void underSeventeen() {
            RetentionPeriod period = treated("2012-05-01", "2026-06-10");

            assertThat(period.purgeableFrom()).isEqualTo(LocalDate.of(2037, 5, 1));
            assertThat(period.basis()).isEqualTo(RetentionBasis.CHILD_UNTIL_25TH_BIRTHDAY);
        }

        @Test
        @DisplayName("A client aged 17 at the last treatment: kept until the 26th birthday")
        void seventeen() {
            RetentionPeriod period = treated("2009-03-01", "2026-06-10");

            assertThat(period.purgeableFrom()).isEqualTo(LocalDate.of(2035, 3, 1));
            assertThat(period.basis()).isEqualTo(RetentionBasis.CHILD_UNTIL_26TH_BIRTHDAY);
        }

        @Test
        @DisplayName("Treated the day before the 18th birthday: still 17, kept until the 26th birthday, a day past 8 years")
        void dayBeforeEighteenthBirthday() {
            RetentionPeriod period = treated("2008-06-11", "2026-06-10");

            assertThat(period.purgeableFrom()).isEqualTo(LocalDate.of(2034, 6, 11));
            assertThat(period.basis()).isEqualTo(RetentionBasis.CHILD_UNTIL_26TH_BIRTHDAY);
        }

        @Test
        @DisplayName("Treated on the 18th birthday: an adult, kept for 8 years")
        void onEighteenthBirthday() {
            RetentionPeriod period = treated("2008-06-10", "2026-06-10");

            assertThat(period.purgeableFrom()).isEqualTo(LocalDate.of(2034, 6, 10));
            assertThat(period.basis()).isEqualTo(RetentionBasis.ADULT_HEALTH_RECORD);
        }

        @Test
        @DisplayName("Treated the day before the 17th birthday: 16, kept until the 25th birthday")
        void dayBeforeSeventeenthBirthday() {
            RetentionPeriod period = treated("2009-06-11", "2026-06-10");

            assertThat(period.purgeableFrom()).isEqualTo(LocalDate.of(2034, 6, 11));
            assertThat(period.basis()).isEqualTo(RetentionBasis.CHILD_UNTIL_25TH_BIRTHDAY);
        }

        @Test
        @DisplayName("Treated as a child, then again as an adult: 8 years after the adult treatment, the later date")
        void childThenAdult() {
            RetentionPeriod period = treated("2009-03-01", "2030-01-20");

            assertThat(period.purgeableFrom()).isEqualTo(LocalDate.of(2038, 1, 20));
            assertThat(period.basis()).isEqualTo(RetentionBasis.ADULT_HEALTH_RECORD);
        }

        @Test
        @DisplayName("A child treated at 15 whose record gained a note at 20: 8 years after the note beats the 25th birthday")
        void laterNoteBeatsBirthday() {
            ClinicalActivity activity = new ClinicalActivity(LocalDate.of(2010, 1, 1), LocalDate.of(2030, 6, 1),
                    LocalDate.of(2025, 6, 1));

            RetentionPeriod period = ClinicalRecordRetention.periodFor(activity);

            assertThat(period.purgeableFrom()).isEqualTo(LocalDate.of(2038, 6, 1));
            assertThat(period.basis()).isEqualTo(RetentionBasis.ADULT_HEALTH_RECORD);
        }
    }

    @Nested
    @DisplayName("Born on 29 February")
    class LeapDayBirths {

        @Test
        @DisplayName("On 28 February 2026 they are still 17 (they turn 18 on 1 March): kept until the 26th birthday")
        void seventeenOnTheTwentyEighth() {
            RetentionPeriod period = treated("2008-02-29", "2026-02-28");

            assertThat(period.basis()).isEqualTo(RetentionBasis.CHILD_UNTIL_26TH_BIRTHDAY);
            assertThat(period.purgeableFrom()).isEqualTo(LocalDate.of(2034, 3, 1));
        }

        @Test
        @DisplayName("On 1 March 2026 they are 18: an adult, kept for 8 years")
        void eighteenOnTheFirstOfMarch() {
            RetentionPeriod period = treated("2008-02-29", "2026-03-01");

            assertThat(period.basis()).isEqualTo(RetentionBasis.ADULT_HEALTH_RECORD);
            assertThat(period.purgeableFrom()).isEqualTo(LocalDate.of(2034, 3, 1));
        }

        @Test
        @DisplayName("A 25th birthday in a common year falls on 1 March, never on 28 February")
        void twentyFifthBirthdayInCommonYear() {
            assertThat(treated("2012-02-29", "2026-06-10").purgeableFrom()).isEqualTo(LocalDate.of(2037, 3, 1));
        }

        @Test
        @DisplayName("Their 26th birthday also falls on 1 March: a leap year plus 25 or 26 is never a leap year")
        void twentySixthBirthday() {
            RetentionPeriod period = treated("2008-02-29", "2025-06-10");

            assertThat(period.basis()).isEqualTo(RetentionBasis.CHILD_UNTIL_26TH_BIRTHDAY);
            assertThat(period.purgeableFrom()).isEqualTo(LocalDate.of(2034, 3, 1));
        }
    }

    @Nested
    @DisplayName("Purge")
    class Purge {

        private final RetentionPeriod period = treated("1990-04-15", "2026-06-10");
        private final LegalHold claim = LegalHold.place(LegalHoldId.random(), "clinical negligence claim",
                UserId.random(), Instant.parse("2034-01-01T09:00:00Z"));

        @Test
        @DisplayName("The day before the date the record is kept; on the date it may be purged")
        void atTheEdge() {
            assertThat(period.decide(List.of(), LocalDate.of(2034, 6, 9)))
                    .isEqualTo(new PurgeDecision.Keep(LocalDate.of(2034, 6, 10), RetentionBasis.ADULT_HEALTH_RECORD));
            assertThat(period.decide(List.of(), LocalDate.of(2034, 6, 10)))
                    .isEqualTo(new PurgeDecision.Purgeable(LocalDate.of(2034, 6, 10),
                            RetentionBasis.ADULT_HEALTH_RECORD));
        }

        @Test
        @DisplayName("A legal hold stops the purge long after the date")
        void legalHoldStopsPurge() {
            PurgeDecision decision = period.decide(List.of(claim), LocalDate.of(2040, 1, 1));

            assertThat(decision).isInstanceOf(PurgeDecision.Held.class);
            assertThat(((PurgeDecision.Held) decision).holds()).containsExactly(claim);
        }

        @Test
        @DisplayName("Once the hold is released, the purge may go ahead")
        void releasedHold() {
            LegalHold released = claim.release(UserId.random(), Instant.parse("2039-05-01T09:00:00Z"));

            assertThat(period.decide(List.of(released), LocalDate.of(2040, 1, 1)))
                    .isInstanceOf(PurgeDecision.Purgeable.class);
            assertThatThrownBy(() -> released.release(UserId.random(), Instant.parse("2039-06-01T09:00:00Z")))
                    .isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    @DisplayName("Dates that cannot be true are refused: treated before birth, or a last entry older than the treatment")
    void impossibleDates() {
        assertThatThrownBy(() -> ClinicalActivity.treatedOn(LocalDate.of(2000, 1, 2), LocalDate.of(2000, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ClinicalActivity(LocalDate.of(1990, 1, 1), LocalDate.of(2020, 1, 1),
                LocalDate.of(2021, 1, 1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("Every basis names its source")
    void sourcesNamed() {
        for (RetentionBasis basis : RetentionBasis.values()) {
            assertThat(basis.explanation()).containsAnyOf("NHS Records Management Code of Practice 2021", "HMRC");
        }
    }
}
