package com.laca.domain.records;

import static com.laca.domain.records.RecordPart.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("An erasure request erases what the clinic has no reason to keep, and says what it keeps, until when and why")
class ErasureTest {

    private static final ClientId CLIENT = ClientId.random();
    private static final UserId RECEPTION = UserId.random();
    private static final Instant RECEIVED = Instant.parse("2027-02-01T10:00:00Z");
    private static final LocalDate BORN = LocalDate.of(1990, 4, 15);
    private static final LocalDate TREATED = LocalDate.of(2026, 6, 10);
    private static final LocalDate PAID = LocalDate.of(2026, 6, 10);
    private static final FinancialRecordRetention ACCOUNTS = FinancialRecordRetention.UK_COMPANY_DEFAULT;

    private static RecordHoldings treatedAndPaid() {
        return new RecordHoldings(CLIENT, EnumSet.of(CONTACT_PREFERENCES, MARKETING_CONSENT, GENERAL_NOTES,
                ALERT_NOTES, CLINICAL_NOTES, TREATMENT_RECORDS, PHOTOS, CONSENTS, APPOINTMENT_HISTORY,
                PAYMENT_RECORDS, EDIT_HISTORY, ACCESS_AUDIT),
                Optional.of(ClinicalActivity.treatedOn(BORN, TREATED)), Optional.of(PAID));
    }

    private static Map<RecordPart, ErasureStep> plan(RecordHoldings holdings, List<LegalHold> holds) {
        return ErasurePlanner.plan(holdings, holds, ACCOUNTS).stream()
                .collect(Collectors.toMap(ErasureStep::part, Function.identity()));
    }

    @Test
    @DisplayName("Marketing data, contact preferences and general notes are erased at once")
    void erasedNow() {
        Map<RecordPart, ErasureStep> plan = plan(treatedAndPaid(), List.of());

        assertThat(List.of(MARKETING_CONSENT, CONTACT_PREFERENCES, GENERAL_NOTES))
                .allSatisfy(part -> assertThat(plan.get(part).disposition())
                        .isEqualTo(ErasureStep.Disposition.ERASE_NOW));
    }

    @Test
    @DisplayName("The clinical record, alerts included, is kept until 8 years after the last treatment, with its source")
    void clinicalKept() {
        Map<RecordPart, ErasureStep> plan = plan(treatedAndPaid(), List.of());
        RetentionPeriod eightYears = new RetentionPeriod(LocalDate.of(2034, 6, 10), RetentionBasis.ADULT_HEALTH_RECORD);

        assertThat(List.of(CLINICAL_NOTES, TREATMENT_RECORDS, PHOTOS, CONSENTS, ALERT_NOTES)).allSatisfy(part -> {
            assertThat(plan.get(part).retention()).contains(eightYears);
            assertThat(plan.get(part).keptBecause()).contains(KeptBecause.CLINICAL_RECORD);
        });
        assertThat(plan.get(CONTACT_DETAILS).retention()).contains(eightYears);
        assertThat(plan.get(CONTACT_DETAILS).keptBecause()).contains(KeptBecause.SAFETY_CONTACT);
    }

    @Test
    @DisplayName("Payments are kept 6 years after the financial year of the last payment; identity as long as anything")
    void accountsKept() {
        Map<RecordPart, ErasureStep> plan = plan(treatedAndPaid(), List.of());

        assertThat(plan.get(PAYMENT_RECORDS).retention())
                .contains(new RetentionPeriod(LocalDate.of(2033, 4, 1), RetentionBasis.FINANCIAL_RECORD));
        assertThat(plan.get(IDENTITY).retention().orElseThrow().purgeableFrom()).isEqualTo(LocalDate.of(2034, 6, 10));
        assertThat(plan.get(IDENTITY).keptBecause()).contains(KeptBecause.IDENTIFIES_THE_RECORD);
        assertThat(plan.get(APPOINTMENT_HISTORY).keptBecause()).contains(KeptBecause.CLINICAL_RECORD);
        assertThat(plan.get(ACCESS_AUDIT).keptBecause()).contains(KeptBecause.ACCOUNTABILITY);
    }

    @Test
    @DisplayName("A client who only ever paid a deposit keeps only accounting records, identity and history, for HMRC")
    void paidButNeverTreated() {
        RecordHoldings holdings = new RecordHoldings(CLIENT, EnumSet.of(MARKETING_CONSENT, GENERAL_NOTES,
                APPOINTMENT_HISTORY, PAYMENT_RECORDS), Optional.empty(), Optional.of(LocalDate.of(2026, 4, 2)));

        Map<RecordPart, ErasureStep> plan = plan(holdings, List.of());

        assertThat(plan.get(CONTACT_DETAILS).disposition()).isEqualTo(ErasureStep.Disposition.ERASE_NOW);
        assertThat(plan.get(APPOINTMENT_HISTORY).keptBecause()).contains(KeptBecause.ACCOUNTING_RECORD);
        assertThat(plan.get(IDENTITY).retention().orElseThrow().purgeableFrom()).isEqualTo(LocalDate.of(2033, 4, 1));
    }

    @Test
    @DisplayName("A client with nothing clinical and no payments is erased entirely, at once")
    void nothingToKeep() {
        RecordHoldings holdings = new RecordHoldings(CLIENT, EnumSet.of(MARKETING_CONSENT, APPOINTMENT_HISTORY),
                Optional.empty(), Optional.empty());

        assertThat(plan(holdings, List.of()).values())
                .allSatisfy(step -> assertThat(step.disposition()).isEqualTo(ErasureStep.Disposition.ERASE_NOW));
    }

    @Test
    @DisplayName("Under a legal hold, general notes are kept while it stands, but marketing is stopped all the same")
    void legalHold() {
        LegalHold hold = LegalHold.place(LegalHoldId.random(), "complaint under investigation", RECEPTION, RECEIVED);

        Map<RecordPart, ErasureStep> plan = plan(treatedAndPaid(), List.of(hold));

        assertThat(plan.get(GENERAL_NOTES).keptBecause()).contains(KeptBecause.LEGAL_HOLD);
        assertThat(plan.get(GENERAL_NOTES).onLegalHold()).isTrue();
        assertThat(plan.get(TREATMENT_RECORDS).onLegalHold()).isTrue();
        assertThat(plan.get(MARKETING_CONSENT).disposition()).isEqualTo(ErasureStep.Disposition.ERASE_NOW);
    }

    @Test
    @DisplayName("Each step is recorded when done: erasures by staff now, purges by the job only once purgeable")
    void stepsRecorded() {
        ErasureRequest request = ErasureRequest.receive(ErasureRequestId.random(), treatedAndPaid(), List.of(),
                ACCOUNTS, RECEIVED, RECEPTION);
        assertThat(request.pendingErasures()).containsExactly(CONTACT_PREFERENCES, MARKETING_CONSENT, GENERAL_NOTES);

        ErasureRequest erased = request.recordErased(MARKETING_CONSENT, RECEPTION, RECEIVED.plusSeconds(5));
        assertThat(erased.step(MARKETING_CONSENT).orElseThrow().done()).contains(
                new ErasureStep.Completion(RECEIVED.plusSeconds(5), Optional.of(RECEPTION)));
        assertThat(erased.pendingErasures()).containsExactly(CONTACT_PREFERENCES, GENERAL_NOTES);
        assertThatThrownBy(() -> erased.recordErased(MARKETING_CONSENT, RECEPTION, RECEIVED))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> erased.recordErased(TREATMENT_RECORDS, RECEPTION, RECEIVED))
                .isInstanceOf(IllegalStateException.class);

        RetentionPeriod clinical = ClinicalRecordRetention.periodFor(ClinicalActivity.treatedOn(BORN, TREATED));
        assertThatThrownBy(() -> erased.recordPurged(TREATMENT_RECORDS,
                clinical.decide(List.of(), LocalDate.of(2034, 6, 9)), Instant.parse("2034-06-09T02:00:00Z")))
                .isInstanceOf(IllegalStateException.class);
        ErasureRequest purged = erased.recordPurged(TREATMENT_RECORDS,
                clinical.decide(List.of(), LocalDate.of(2034, 6, 10)), Instant.parse("2034-06-10T02:00:00Z"));
        assertThat(purged.step(TREATMENT_RECORDS).orElseThrow().done().orElseThrow().by()).isEmpty();
        assertThat(purged.isComplete()).isFalse();
    }

    @Test
    @DisplayName("The accounting period runs from the end of the financial year the last payment fell in")
    void financialYear() {
        FinancialRecordRetention aprilFifth = new FinancialRecordRetention(6, MonthDay.of(4, 5));

        assertThat(aprilFifth.periodFor(LocalDate.of(2026, 4, 5)).purgeableFrom()).isEqualTo(LocalDate.of(2032, 4, 6));
        assertThat(aprilFifth.periodFor(LocalDate.of(2026, 4, 6)).purgeableFrom()).isEqualTo(LocalDate.of(2033, 4, 6));
        assertThatThrownBy(() -> new FinancialRecordRetention(6, MonthDay.of(2, 29)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("Holdings must be consistent: clinical parts come with their dates")
    void consistentHoldings() {
        assertThatThrownBy(() -> new RecordHoldings(CLIENT, EnumSet.of(PHOTOS), Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RecordHoldings(CLIENT, EnumSet.of(PAYMENT_RECORDS), Optional.empty(),
                Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    }
}
