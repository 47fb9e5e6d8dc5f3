package com.laca.application.identity.port.out;

import com.laca.domain.shared.PractitionerId;

/**
 * Tells the identity area whether a practitioner record exists in the current tenant, so a staff account is only ever
 * linked to its own clinic's practitioner (the clinic area answers; identity may not import it); called inside the
 * tenant's transaction.
 */
public interface PractitionerRecords {

    /** For embedders without clinic records: no practitioner exists, so no account can be linked. */
    PractitionerRecords NONE = practitioner -> false;

    boolean exists(PractitionerId practitioner);
}
