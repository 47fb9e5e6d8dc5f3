package com.laca.domain.records;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A manufacturer's batch or lot number, upper-cased with spaces removed, so "c 3456 a" typed at the chair and
 * "C3456A" on a recall notice are the same batch.
 *
 * @param value 1-40 letters, digits, '-', '/' or '.'
 */
public record LotNumber(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Z0-9][A-Z0-9./-]{0,39}");

    public LotNumber {
        Objects.requireNonNull(value, "value");
        value = value.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("a batch/lot number is 1-40 letters, digits, '-', '/' or '.'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
