package com.laca.domain.clinic;

import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PlainText;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A clinic site; its {@link ZoneId} is what working hours and slots are read in, so a branch abroad keeps its own clock.
 *
 * @param version optimistic-locking version, bumped on every change
 */
public record Location(LocationId id, String name, Address address, ZoneId zone, boolean active, long version) {

    /** The longest name of a site. */
    public static final int NAME_MAX_LENGTH = 120;

    public Location {
        Objects.requireNonNull(id, "id");
        name = PlainText.required(name, "name", NAME_MAX_LENGTH);
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(zone, "zone");
    }
}
