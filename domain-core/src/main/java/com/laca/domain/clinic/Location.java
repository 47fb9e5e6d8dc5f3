package com.laca.domain.clinic;

import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PlainText;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A clinic site; its {@link ZoneId} is what working hours and slots are read in, so a branch abroad keeps its own clock,
 * and its {@link JurisdictionCode} is whose law its treatments are under, so a branch in Scotland is gated by Scotland's.
 *
 * @param jurisdiction the law treatments here are under
 * @param version      optimistic-locking version, bumped on every change
 */
public record Location(LocationId id, String name, Address address, ZoneId zone, JurisdictionCode jurisdiction,
                       boolean active, long version) {

    /** The longest name of a site. */
    public static final int NAME_MAX_LENGTH = 120;

    public Location {
        Objects.requireNonNull(id, "id");
        name = PlainText.required(name, "name", NAME_MAX_LENGTH);
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
    }

    /** A site in England, the jurisdiction every site had before locations recorded their own. */
    public Location(LocationId id, String name, Address address, ZoneId zone, boolean active, long version) {
        this(id, name, address, zone, JurisdictionCode.ENGLAND, active, version);
    }
}
