package com.laca.application.consent.port.in;

import com.laca.application.shared.Caller;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.TenantId;

/**
 * A booking's consent: the client reads and signs it through the booking's private link, the treating practitioner
 * (or their supervising prescriber) countersigns, and staff fetch the archived PDF and check it is unaltered.
 */
public interface ConsentUseCase {

    /**
     * The form in effect for the booking, merged with the client's, treatment's, practitioner's and clinic's details;
     * the first read records that the information was given.
     *
     * @throws ConsentRefusedException when a merge field has no value or no form is in effect
     */
    ConsentView forBooking(TenantId tenant, String manageToken);

    /**
     * The client signs; the signed form is then rendered, archived and its SHA-256 recorded.
     *
     * @throws ConsentRefusedException with the reason, nothing stored
     */
    ConsentView sign(TenantId tenant, String manageToken, SignConsentCommand command);

    /** The consent of an appointment, for staff. */
    ConsentView status(Caller caller, AppointmentId appointment);

    /** The treating practitioner or their supervising prescriber countersigns. */
    ConsentView countersign(Caller caller, AppointmentId appointment, PractitionerId practitioner);

    /** The archived document's exact bytes. */
    DocumentContent document(Caller caller, AppointmentId appointment);

    /** Recomputes the SHA-256 of the stored bytes and compares it with the one recorded. */
    DocumentVerification verify(Caller caller, AppointmentId appointment);
}
