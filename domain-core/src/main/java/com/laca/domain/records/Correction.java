package com.laca.domain.records;

import java.util.Objects;

/**
 * What a correcting entry corrects and why, so the record shows both what was first written and what replaced it.
 *
 * @param corrects the entry it replaces (always the latest entry of the chart when it was signed)
 * @param reason   why, e.g. "batch number mistyped" (1-500 characters)
 */
public record Correction(TreatmentRecordId corrects, String reason) {

    public Correction {
        Objects.requireNonNull(corrects, "corrects");
        reason = Texts.required(reason, "correction reason", 500);
    }
}
