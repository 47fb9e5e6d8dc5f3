package com.laca.application.records.port.out;

import com.laca.application.consent.port.out.DocumentKey;
import com.laca.domain.records.RecordPart;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one purge deleted from the database, so each part can be recorded with its count and the documents the rows
 * pointed at can be deleted from the store in the same run.
 *
 * @param entries   how many entries of each part were deleted (parts with none are absent)
 * @param documents the keys of the photos and consent documents whose rows were deleted
 */
public record PurgedRecord(Map<RecordPart, Integer> entries, List<DocumentKey> documents) {

    public PurgedRecord {
        Map<RecordPart, Integer> copy = new EnumMap<>(RecordPart.class);
        Objects.requireNonNull(entries, "entries").forEach((part, count) -> {
            if (count > 0) {
                copy.put(part, count);
            }
        });
        entries = Map.copyOf(copy);
        documents = List.copyOf(documents);
    }
}
