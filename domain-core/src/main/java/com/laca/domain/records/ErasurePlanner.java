package com.laca.domain.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides, for a client's erasure request, what is erased now and what is kept until when and why: marketing data,
 * contact preferences and non-clinical notes go at once; the clinical record, and what is needed to identify it and
 * reach the client about a recall, stay until the clinical retention date; accounting records stay for HMRC.
 *
 * <p>The right to object to direct marketing is absolute (UK GDPR Art. 21(3)), so marketing data and contact
 * preferences are erased even under a legal hold; a hold keeps everything else it would have erased.
 */
public final class ErasurePlanner {

    private ErasurePlanner() {
    }

    /** The plan for {@code holdings}, given the legal holds on the record and the tenant's accounting rule. */
    public static List<ErasureStep> plan(RecordHoldings holdings, List<LegalHold> holds,
                                         FinancialRecordRetention accounting) {
        boolean held = holds.stream().anyMatch(LegalHold::isActive);
        Optional<RetentionPeriod> clinical = holdings.clinical().map(ClinicalRecordRetention::periodFor);
        Optional<RetentionPeriod> financial = holdings.lastPaymentOn().map(accounting::periodFor);
        Optional<RetentionPeriod> longest = later(clinical, financial);
        List<ErasureStep> steps = new ArrayList<>();
        for (RecordPart part : RecordPart.values()) {
            if (holdings.holds(part)) {
                steps.add(stepFor(part, clinical, financial, longest, held));
            }
        }
        return List.copyOf(steps);
    }

    private static ErasureStep stepFor(RecordPart part, Optional<RetentionPeriod> clinical,
                                       Optional<RetentionPeriod> financial, Optional<RetentionPeriod> longest,
                                       boolean held) {
        return switch (part) {
            case MARKETING_CONSENT, CONTACT_PREFERENCES -> ErasureStep.eraseNow(part);
            case GENERAL_NOTES -> eraseUnlessHeld(part, held);
            case CLINICAL_NOTES, TREATMENT_RECORDS, PHOTOS, SCREENINGS, CONSENTS, PRESCRIBING_EVIDENCE, ALERT_NOTES ->
                    keepFor(part, clinical, KeptBecause.CLINICAL_RECORD, held);
            case CONTACT_DETAILS -> keepFor(part, clinical, KeptBecause.SAFETY_CONTACT, held);
            case PAYMENT_RECORDS -> keepFor(part, financial, KeptBecause.ACCOUNTING_RECORD, held);
            case APPOINTMENT_HISTORY -> keepFor(part, longest, longest.equals(clinical)
                    ? KeptBecause.CLINICAL_RECORD : KeptBecause.ACCOUNTING_RECORD, held);
            case IDENTITY -> keepFor(part, longest, KeptBecause.IDENTIFIES_THE_RECORD, held);
            case EDIT_HISTORY, ACCESS_AUDIT -> keepFor(part, longest, KeptBecause.ACCOUNTABILITY, held);
        };
    }

    private static ErasureStep keepFor(RecordPart part, Optional<RetentionPeriod> period, KeptBecause because,
                                       boolean held) {
        return period.map(p -> ErasureStep.retain(part, p, because, held)).orElseGet(() -> eraseUnlessHeld(part, held));
    }

    private static ErasureStep eraseUnlessHeld(RecordPart part, boolean held) {
        return held ? ErasureStep.heldOnly(part) : ErasureStep.eraseNow(part);
    }

    private static Optional<RetentionPeriod> later(Optional<RetentionPeriod> a, Optional<RetentionPeriod> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() ? a : Optional.of(a.get().laterOf(b.get()));
    }
}
