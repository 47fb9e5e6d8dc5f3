package com.laca.domain.records;

import com.laca.domain.shared.PractitionerId;
import java.time.Instant;
import java.util.Objects;

/**
 * Who signed a treatment record entry and when; from that moment the entry is part of the legal record and never
 * changes.
 *
 * @param by the practitioner who signed
 * @param at when
 */
public record Signature(PractitionerId by, Instant at) {

    public Signature {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
    }
}
