package com.laca.application.clinic.port.in;

import com.laca.domain.clinic.Treatment;
import com.laca.domain.tenancy.Tenant;
import java.util.List;

/** The treatments a clinic offers to the public, found by the clinic's URL slug. */
public interface PublicMenuQuery {

    /** The active treatments of a tenant already resolved from its slug. */
    List<Treatment> activeTreatments(Tenant tenant);
}
