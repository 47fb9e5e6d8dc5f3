package com.laca.domain.reporting;

import java.util.OptionalDouble;

/**
 * A share of a whole kept as its two counts, so the dashboard can show "3 of 40" and a rate over no appointments is
 * absent rather than a misleading zero.
 *
 * @param count how many matched
 * @param outOf how many could have matched
 */
public record Rate(long count, long outOf) {

    public Rate {
        if (count < 0 || outOf < 0 || count > outOf) {
            throw new IllegalArgumentException("a rate needs 0 <= count <= outOf: " + count + "/" + outOf);
        }
    }

    /** The share in percent rounded to one decimal, absent when there was nothing to count. */
    public OptionalDouble percent() {
        if (outOf == 0) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(Math.round(count * 1000.0 / outOf) / 10.0);
    }
}
