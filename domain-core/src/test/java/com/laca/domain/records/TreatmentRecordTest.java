package com.laca.domain.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.domain.booking.AppointmentStatus;
import com.laca.domain.clinic.TreatmentCategory;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.PractitionerId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

@DisplayName("A treatment record documents a completed appointment, is signed, and is then only ever corrected by new entries")
class TreatmentRecordTest {

    private static final PractitionerId NURSE = PractitionerId.random();
    private static final PractitionerId LEAD = PractitionerId.random();
    private static final LocalDate TREATED = LocalDate.of(2026, 6, 10);
    private static final Instant SIGNED = Instant.parse("2026-06-10T11:30:00Z");
    private static final TreatmentContext TOXIN = new TreatmentContext(AppointmentId.random(), ClientId.random(),
            NURSE, TreatmentCategory.ANTI_WRINKLE, TREATED);

    private static ProductUse bocouture(LocalDate expiresOn, SiteDose... doses) {
        return new ProductUse("Bocouture 50U", "Merz", new LotNumber("c 3456 a"), expiresOn, List.of(doses));
    }

    private static SiteDose units(InjectionSite site, Side side, String amount) {
        return new SiteDose(site, side, Dose.of(amount, DoseUnit.UNITS));
    }

    private static TreatmentDetails details(ProductUse... products) {
        return new TreatmentDetails(List.of(products), Optional.of("30G needle, intramuscular"),
                Optional.of("no exercise or lying flat for 4 hours; review at 2 weeks"), List.of(),
                Optional.of(new FollowUp(TREATED.plusWeeks(2), "toxin review")));
    }

    private static TreatmentDetails crowsFeetAndFrown(LocalDate expiresOn) {
        return details(bocouture(expiresOn, units(InjectionSite.GLABELLA, Side.WHOLE, "20"),
                units(InjectionSite.LATERAL_CANTHAL_LINES, Side.LEFT, "12"),
                units(InjectionSite.LATERAL_CANTHAL_LINES, Side.RIGHT, "12.5")));
    }

    private static SigningResult sign(TreatmentDetails details) {
        return TreatmentRecordSigning.signOriginal(TreatmentRecordId.random(), TOXIN, AppointmentStatus.COMPLETED,
                details, NURSE, SIGNED);
    }

    private static List<SigningProblem.Code> codes(SigningResult result) {
        assertThat(result).isInstanceOf(SigningResult.Refused.class);
        return ((SigningResult.Refused) result).problems().stream().map(SigningProblem::code).toList();
    }

    private static TreatmentRecord signed(TreatmentDetails details) {
        SigningResult result = sign(details);
        assertThat(result).isInstanceOf(SigningResult.Signed.class);
        return ((SigningResult.Signed) result).record();
    }

    @Nested
    @DisplayName("Signing")
    class Signing {

        @Test
        @DisplayName("The treating practitioner signs a complete record of a completed appointment")
        void signs() {
            TreatmentRecord record = signed(crowsFeetAndFrown(LocalDate.of(2027, 1, 31)));

            assertThat(record.signature()).isEqualTo(new Signature(NURSE, SIGNED));
            assertThat(record.details().products().get(0).lot().value()).isEqualTo("C3456A");
            assertThat(record.details().allDoses()).hasSize(3);
            assertThat(record.isCorrection()).isFalse();
        }

        @Test
        @DisplayName("A product that expires on the treatment day may still be used")
        void expiresOnTheDay() {
            assertThat(sign(crowsFeetAndFrown(TREATED))).isInstanceOf(SigningResult.Signed.class);
        }

        @Test
        @DisplayName("A product that expired the day before the treatment is refused, naming the batch and dates")
        void expiredTheDayBefore() {
            SigningResult result = sign(crowsFeetAndFrown(TREATED.minusDays(1)));

            assertThat(codes(result)).containsExactly(SigningProblem.Code.PRODUCT_EXPIRED);
            assertThat(((SigningResult.Refused) result).problems().get(0).detail())
                    .contains("C3456A", "2026-06-09", "2026-06-10");
        }

        @Test
        @DisplayName("A month-only expiry (EXP 2026-05) means the last day of May: expired on 10 June")
        void monthOnlyExpiry() {
            assertThat(ProductUse.expiringEndOf(YearMonth.of(2026, 5))).isEqualTo(LocalDate.of(2026, 5, 31));
            assertThat(codes(sign(crowsFeetAndFrown(ProductUse.expiringEndOf(YearMonth.of(2026, 5))))))
                    .containsExactly(SigningProblem.Code.PRODUCT_EXPIRED);
            assertThat(sign(crowsFeetAndFrown(ProductUse.expiringEndOf(YearMonth.of(2026, 6)))))
                    .isInstanceOf(SigningResult.Signed.class);
        }

        @Test
        @DisplayName("Only a completed appointment is signed, and only by the practitioner who treated")
        void completedAndOwnPractitioner() {
            SigningResult result = TreatmentRecordSigning.signOriginal(TreatmentRecordId.random(), TOXIN,
                    AppointmentStatus.CHECKED_IN, crowsFeetAndFrown(LocalDate.of(2027, 1, 31)), LEAD, SIGNED);

            assertThat(codes(result)).containsExactly(SigningProblem.Code.APPOINTMENT_NOT_COMPLETED,
                    SigningProblem.Code.NOT_THE_TREATING_PRACTITIONER);
        }

        @Test
        @DisplayName("Toxin doses go only at toxin sites, in units; a filler site or millilitres are refused")
        void sitesAndUnits() {
            ProductUse product = bocouture(LocalDate.of(2027, 1, 31), units(InjectionSite.TEAR_TROUGHS, Side.LEFT, "2"),
                    new SiteDose(InjectionSite.FRONTALIS, Side.WHOLE, Dose.of("0.5", DoseUnit.ML)));

            assertThat(codes(sign(details(product)))).containsExactly(SigningProblem.Code.SITE_NOT_IN_CATEGORY,
                    SigningProblem.Code.WRONG_DOSE_UNIT);
        }

        @Test
        @DisplayName("A site is charted once per side, or once as a whole area, never both")
        void chartedOnce() {
            ProductUse twice = bocouture(LocalDate.of(2027, 1, 31), units(InjectionSite.FRONTALIS, Side.WHOLE, "8"),
                    units(InjectionSite.FRONTALIS, Side.WHOLE, "2"));
            ProductUse wholeAndSide = bocouture(LocalDate.of(2027, 1, 31),
                    units(InjectionSite.LATERAL_CANTHAL_LINES, Side.WHOLE, "20"),
                    units(InjectionSite.LATERAL_CANTHAL_LINES, Side.LEFT, "4"));

            assertThat(codes(sign(details(twice)))).containsExactly(SigningProblem.Code.SITE_CHARTED_TWICE);
            assertThat(codes(sign(details(wholeAndSide)))).containsExactly(SigningProblem.Code.SITE_CHARTED_TWICE);
        }

        @Test
        @DisplayName("An injectable treatment without doses, technique or aftercare is refused with all three reasons")
        void injectableEssentials() {
            TreatmentDetails bare = new TreatmentDetails(List.of(), Optional.empty(), Optional.of("  "), List.of(),
                    Optional.empty());

            assertThat(codes(sign(bare))).containsExactly(SigningProblem.Code.DOSE_REQUIRED,
                    SigningProblem.Code.TECHNIQUE_REQUIRED, SigningProblem.Code.AFTERCARE_REQUIRED);
        }

        @Test
        @DisplayName("A peel needs no doses; a dose at an injection site is refused for it")
        void peel() {
            TreatmentContext peel = new TreatmentContext(AppointmentId.random(), ClientId.random(), NURSE,
                    TreatmentCategory.CHEMICAL_PEEL, TREATED);
            ProductUse solution = new ProductUse("Glycolic 35%", "Skin Co", new LotNumber("GP-2291"),
                    LocalDate.of(2027, 3, 31), List.of());
            TreatmentDetails ok = new TreatmentDetails(List.of(solution), Optional.empty(), Optional.empty(),
                    List.of("mild erythema"), Optional.empty());

            assertThat(TreatmentRecordSigning.problemsWith(peel, ok)).isEmpty();
            ProductUse injected = new ProductUse("Glycolic 35%", "Skin Co", new LotNumber("GP-2291"),
                    LocalDate.of(2027, 3, 31), List.of(units(InjectionSite.GLABELLA, Side.WHOLE, "1")));
            assertThat(TreatmentRecordSigning.problemsWith(peel, new TreatmentDetails(List.of(injected),
                    Optional.empty(), Optional.empty(), List.of(), Optional.empty())))
                    .extracting(SigningProblem::code).containsExactly(SigningProblem.Code.SITE_NOT_IN_CATEGORY);
        }

        @Test
        @DisplayName("Filler is charted in millilitres at filler sites")
        void filler() {
            TreatmentContext filler = new TreatmentContext(AppointmentId.random(), ClientId.random(), NURSE,
                    TreatmentCategory.DERMAL_FILLER, TREATED);
            ProductUse lips = new ProductUse("Juvederm Volbella", "Allergan", new LotNumber("VB12345"),
                    LocalDate.of(2027, 8, 31), List.of(new SiteDose(InjectionSite.LIPS, Side.WHOLE,
                    Dose.of("0.55", DoseUnit.ML))));

            assertThat(TreatmentRecordSigning.problemsWith(filler, details(lips))).isEmpty();
            assertThat(InjectionSites.forCategory(TreatmentCategory.DERMAL_FILLER))
                    .contains(InjectionSite.LIPS, InjectionSite.NASOLABIAL_FOLDS)
                    .doesNotContain(InjectionSite.GLABELLA);
        }

        @Test
        @DisplayName("A follow-up dated before the treatment is refused")
        void followUpBeforeTreatment() {
            TreatmentDetails details = new TreatmentDetails(crowsFeetAndFrown(LocalDate.of(2027, 1, 1)).products(),
                    Optional.of("needle"), Optional.of("advice"), List.of(),
                    Optional.of(new FollowUp(TREATED.minusDays(1), "review")));

            assertThat(codes(sign(details))).containsExactly(SigningProblem.Code.FOLLOW_UP_BEFORE_TREATMENT);
        }

        @Test
        @DisplayName("Doses are exact: positive, at most two decimals; batch numbers have a plain shape")
        void valueShapes() {
            assertThat(Dose.of("2.50", DoseUnit.UNITS).toString()).isEqualTo("2.5 units");
            assertThat(Dose.of("10", DoseUnit.ML).toString()).isEqualTo("10 ml");
            assertThatThrownBy(() -> Dose.of("0", DoseUnit.UNITS)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Dose.of("1.255", DoseUnit.ML)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new LotNumber("A1;DROP")).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new LotNumber(" ")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    @DisplayName("Corrections")
    class Corrections {

        private final TreatmentRecord original = signed(crowsFeetAndFrown(LocalDate.of(2027, 1, 31)));
        private final TreatmentChart chart = TreatmentChart.of(original);

        @Test
        @DisplayName("A correction is a new signed entry pointing at what it corrects; the original stays as written")
        void correctionAppends() {
            TreatmentDetails fixed = details(new ProductUse("Bocouture 50U", "Merz", new LotNumber("C3465A"),
                    LocalDate.of(2027, 1, 31), original.details().products().get(0).doses()));

            SigningResult result = chart.correct(TreatmentRecordId.random(), fixed, "batch number mistyped", LEAD,
                    SIGNED.plusSeconds(3600));

            TreatmentRecord correction = ((SigningResult.Signed) result).record();
            TreatmentChart corrected = chart.append(correction);
            assertThat(corrected.entries()).hasSize(2);
            assertThat(corrected.original()).isEqualTo(original);
            assertThat(corrected.current().correction()).contains(new Correction(original.id(), "batch number mistyped"));
            assertThat(corrected.current().signature().by()).isEqualTo(LEAD);
        }

        @Test
        @DisplayName("A correction must pass the same rules: an expired batch is refused there too")
        void correctionChecked() {
            assertThat(codes(chart.correct(TreatmentRecordId.random(), crowsFeetAndFrown(TREATED.minusDays(1)),
                    "wrong batch", LEAD, SIGNED.plusSeconds(60)))).containsExactly(SigningProblem.Code.PRODUCT_EXPIRED);
        }

        @Test
        @DisplayName("Entries can be neither rewritten nor appended out of order")
        void appendOnly() {
            TreatmentRecord stray = new TreatmentRecord(TreatmentRecordId.random(), TOXIN, original.details(),
                    new Signature(LEAD, SIGNED.plusSeconds(60)),
                    Optional.of(new Correction(TreatmentRecordId.random(), "points elsewhere")));
            TreatmentRecord otherAppointment = new TreatmentRecord(TreatmentRecordId.random(),
                    new TreatmentContext(AppointmentId.random(), TOXIN.client(), NURSE, TOXIN.category(), TREATED),
                    original.details(), new Signature(LEAD, SIGNED.plusSeconds(60)),
                    Optional.of(new Correction(original.id(), "wrong chart")));

            assertThatThrownBy(() -> chart.append(stray)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> chart.append(otherAppointment)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> TreatmentChart.of(stray)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> chart.entries().add(stray)).isInstanceOf(UnsupportedOperationException.class);
        }

        @Test
        @DisplayName("A correction cannot be signed before the entry it corrects")
        void notBackdated() {
            assertThatThrownBy(() -> chart.correct(TreatmentRecordId.random(), original.details(), "typo", LEAD,
                    SIGNED.minusSeconds(1))).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    @DisplayName("Recall search")
    class Recall {

        private final TreatmentRecord record = signed(crowsFeetAndFrown(LocalDate.of(2027, 1, 31)));

        @Test
        @DisplayName("Finds the client who received batch C3456A between two dates, both days included")
        void findsBatch() {
            RecallQuery query = new RecallQuery(new LotNumber("c3456a"), TREATED, TREATED, Optional.of("MERZ"));

            assertThat(query.hitsIn(record)).singleElement().satisfies(hit -> {
                assertThat(hit.client()).isEqualTo(TOXIN.client());
                assertThat(hit.appointment()).isEqualTo(TOXIN.appointment());
                assertThat(hit.treatedOn()).isEqualTo(TREATED);
            });
        }

        @Test
        @DisplayName("Ignores other batches, other manufacturers and treatments outside the dates")
        void ignoresOthers() {
            assertThat(new RecallQuery(new LotNumber("C3456B"), TREATED, TREATED, Optional.empty()).hitsIn(record))
                    .isEmpty();
            assertThat(new RecallQuery(new LotNumber("C3456A"), TREATED, TREATED, Optional.of("Galderma"))
                    .hitsIn(record)).isEmpty();
            assertThat(new RecallQuery(new LotNumber("C3456A"), TREATED.plusDays(1), TREATED.plusDays(30),
                    Optional.empty()).hitsIn(record)).isEmpty();
            assertThatThrownBy(() -> new RecallQuery(new LotNumber("C3456A"), TREATED, TREATED.minusDays(1),
                    Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
