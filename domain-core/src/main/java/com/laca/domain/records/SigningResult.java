package com.laca.domain.records;

import java.util.List;
import java.util.Objects;

/** The answer to signing a treatment record entry, sealed so a refusal can never be saved as a signed record. */
public sealed interface SigningResult {

    /**
     * Signed: the entry is now part of the record and will never change.
     *
     * @param record the signed entry
     */
    record Signed(TreatmentRecord record) implements SigningResult {

        public Signed {
            Objects.requireNonNull(record, "record");
        }
    }

    /**
     * Not signed; nothing is part of the record.
     *
     * @param problems every problem found, not just the first
     */
    record Refused(List<SigningProblem> problems) implements SigningResult {

        public Refused {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("a refusal names at least one problem");
            }
        }
    }
}
