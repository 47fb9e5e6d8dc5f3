package com.laca.application.clinic.service;

import com.laca.application.clinic.port.out.LocationRepository;
import com.laca.application.shared.InvalidInputException;
import com.laca.domain.shared.LocationId;
import java.util.Collection;

/** Checks that ids in a draft name records of the caller's own tenant, so a record never points across tenants. */
final class References {

    private References() {
    }

    static void requireLocations(LocationRepository locations, String field, Collection<LocationId> ids) {
        for (LocationId id : ids) {
            if (locations.find(id).isEmpty()) {
                throw new InvalidInputException(field, "no location " + id + " in this clinic");
            }
        }
    }
}
