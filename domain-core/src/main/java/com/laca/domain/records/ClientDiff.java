package com.laca.domain.records;

import java.util.ArrayList;
import java.util.List;

/** Computes which tracked fields differ between two versions of a profile, so the history is derived, not typed. */
public final class ClientDiff {

    private ClientDiff() {
    }

    /** The fields whose values differ, in the order of {@link ClientField}; empty when nothing changed. */
    public static List<FieldChange> between(ClientProfile before, ClientProfile after) {
        List<FieldChange> changes = new ArrayList<>();
        for (ClientField field : ClientField.values()) {
            String was = field.valueIn(before);
            String is = field.valueIn(after);
            if (!was.equals(is)) {
                changes.add(new FieldChange(field, was, is));
            }
        }
        return List.copyOf(changes);
    }
}
