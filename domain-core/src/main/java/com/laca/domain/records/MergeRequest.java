package com.laca.domain.records;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Staff's instruction to merge two records of one person, with their explicit choice for every identity or contact
 * field on which the records disagree, because a wrong merge puts one person's history on another's record.
 *
 * @param survivor the record that stays current
 * @param absorbed the record merged into it, kept (status MERGED) with its own history
 * @param choices  for each differing identity or contact field, which record's value to keep
 */
public record MergeRequest(ClientProfile survivor, ClientProfile absorbed, Map<ClientField, MergeSide> choices) {

    public MergeRequest {
        Objects.requireNonNull(survivor, "survivor");
        Objects.requireNonNull(absorbed, "absorbed");
        Objects.requireNonNull(choices, "choices");
        choices = choices.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(choices));
    }
}
