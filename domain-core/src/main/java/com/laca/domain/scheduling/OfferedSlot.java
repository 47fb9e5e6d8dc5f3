package com.laca.domain.scheduling;

import com.laca.domain.shared.PractitionerId;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * One start time a client may book, with everyone who could take it, so "any practitioner" pages can show choices.
 *
 * @param start         the treatment's start instant
 * @param end           the treatment's end instant (buffers not included)
 * @param offset        the location's UTC offset at {@code start}, so clients see the wall-clock time
 * @param practitioners who can take this slot, by id order; never empty
 */
public record OfferedSlot(Instant start, Instant end, ZoneOffset offset, List<PractitionerId> practitioners) {

    public OfferedSlot {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(offset, "offset");
        practitioners = List.copyOf(practitioners);
        if (practitioners.isEmpty()) {
            throw new IllegalArgumentException("a slot nobody can take is not offered");
        }
    }

    /** The start as the location's wall-clock time with its offset, e.g. {@code 2026-10-25T01:30+01:00}. */
    public OffsetDateTime localStart() {
        return OffsetDateTime.ofInstant(start, offset);
    }
}
