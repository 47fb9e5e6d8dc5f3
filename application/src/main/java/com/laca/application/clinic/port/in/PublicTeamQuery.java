package com.laca.application.clinic.port.in;

import com.laca.domain.clinic.Location;
import com.laca.domain.clinic.Practitioner;
import com.laca.domain.tenancy.Tenant;
import java.util.List;

/** The clinic's open locations and bookable practitioners by name, so a booking page can offer a choice. */
public interface PublicTeamQuery {

    /** Active locations of a tenant already resolved from its slug, by name. */
    List<Location> activeLocations(Tenant tenant);

    /** Active practitioners of a tenant already resolved from its slug, by name. */
    List<Practitioner> activePractitioners(Tenant tenant);
}
