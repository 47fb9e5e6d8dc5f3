package com.laca.domain.records;

import com.laca.domain.shared.ClientId;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the clinic holds about one client and the dates retention is derived from, gathered by the application from
 * every area, so the erasure plan is a pure function of facts.
 *
 * @param client        whose record
 * @param held          the parts held (identity and contact details always are)
 * @param clinical      the clinical activity; present exactly when a clinical part is held
 * @param lastPaymentOn the date of the last payment or refund; present exactly when payment records are held
 */
public record RecordHoldings(ClientId client, Set<RecordPart> held, Optional<ClinicalActivity> clinical,
                             Optional<LocalDate> lastPaymentOn) {

    public RecordHoldings {
        Objects.requireNonNull(client, "client");
        Set<RecordPart> parts = EnumSet.of(RecordPart.IDENTITY, RecordPart.CONTACT_DETAILS);
        parts.addAll(Objects.requireNonNull(held, "held"));
        held = Collections.unmodifiableSet(parts);
        Objects.requireNonNull(clinical, "clinical");
        Objects.requireNonNull(lastPaymentOn, "lastPaymentOn");
        boolean hasClinical = parts.stream().anyMatch(RecordPart.CLINICAL::contains);
        if (hasClinical != clinical.isPresent()) {
            throw new IllegalArgumentException("clinical activity is given exactly when a clinical part is held");
        }
        if (parts.contains(RecordPart.PAYMENT_RECORDS) != lastPaymentOn.isPresent()) {
            throw new IllegalArgumentException("the last payment date is given exactly when payment records are held");
        }
    }

    public boolean holds(RecordPart part) {
        return held.contains(part);
    }
}
