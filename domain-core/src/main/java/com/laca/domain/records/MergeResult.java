package com.laca.domain.records;

import java.util.List;
import java.util.Objects;

/** The answer to a merge, sealed so a refusal cannot be mistaken for a merge. */
public sealed interface MergeResult {

    /**
     * The records were merged; both histories stay, each gaining an entry that names the other.
     *
     * @param survivor      the current record, with the chosen values
     * @param absorbed      the absorbed record, now MERGED and pointing at the survivor; its fields are unchanged
     * @param survivorEntry the history entry for the survivor (kind MERGED_FROM, with the fields that changed)
     * @param absorbedEntry the history entry for the absorbed record (kind MERGED_INTO)
     */
    record Merged(ClientProfile survivor, ClientProfile absorbed, ClientChange survivorEntry,
                  ClientChange absorbedEntry) implements MergeResult {

        public Merged {
            Objects.requireNonNull(survivor, "survivor");
            Objects.requireNonNull(absorbed, "absorbed");
            Objects.requireNonNull(survivorEntry, "survivorEntry");
            Objects.requireNonNull(absorbedEntry, "absorbedEntry");
        }
    }

    /**
     * Nothing was merged.
     *
     * @param reason  a stable code
     * @param fields  the fields concerned (undecided, or wrongly chosen); empty for the other reasons
     * @param message what to do about it, in plain English
     */
    record Refused(MergeRefusal reason, List<ClientField> fields, String message) implements MergeResult {

        public Refused {
            Objects.requireNonNull(reason, "reason");
            fields = List.copyOf(fields);
            Objects.requireNonNull(message, "message");
        }
    }
}
