package com.laca.domain.records;

import java.util.Objects;

/**
 * One field's value before and after a change, the unit of the client's edit history.
 *
 * @param field  which field
 * @param before the value before, as text ("" when absent)
 * @param after  the value after, as text ("" when absent)
 */
public record FieldChange(ClientField field, String before, String after) {

    public FieldChange {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (before.equals(after)) {
            throw new IllegalArgumentException("a change of " + field + " must change its value");
        }
    }
}
