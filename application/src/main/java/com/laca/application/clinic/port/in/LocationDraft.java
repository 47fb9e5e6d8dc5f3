package com.laca.application.clinic.port.in;

import com.laca.domain.clinic.Address;
import com.laca.domain.clinic.JurisdictionCode;
import java.time.ZoneId;

/** Every field of a location a client may set. */
public record LocationDraft(String name, Address address, ZoneId zone, JurisdictionCode jurisdiction, boolean active) {

    /** A site in England, the jurisdiction a client that names none gets. */
    public LocationDraft(String name, Address address, ZoneId zone, boolean active) {
        this(name, address, zone, JurisdictionCode.ENGLAND, active);
    }
}
