package com.laca.domain.safety;

import com.laca.domain.shared.LocationId;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * What the policy needs to know about where treatment happens: its clock (ages and windows are counted in local
 * dates), its law, and its premises licences.
 *
 * @param location     the location
 * @param zone         its time zone
 * @param jurisdiction the law it is under
 * @param licences     premises licences, any order
 */
public record LocationSafetyFacts(LocationId location, ZoneId zone, Jurisdiction jurisdiction, List<Licence> licences) {

    public LocationSafetyFacts {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        licences = List.copyOf(licences);
    }
}
