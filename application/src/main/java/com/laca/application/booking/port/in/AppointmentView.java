package com.laca.application.booking.port.in;

import com.laca.domain.booking.AppointmentNote;
import com.laca.domain.booking.AppointmentStatus;
import com.laca.domain.booking.CancellationRecord;
import com.laca.domain.booking.ClientTerms;
import com.laca.domain.payment.DepositStatus;
import com.laca.domain.shared.AppointmentId;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.LocationId;
import com.laca.domain.shared.PractitionerId;
import com.laca.domain.shared.ResourceId;
import com.laca.domain.shared.TreatmentId;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * An appointment as the booking page and the calendar show it: what, where, who, when (with the location's offset at
 * that time) and in which state.
 *
 * @param holdExpiresAt when a {@code HELD} appointment lapses unless its deposit is paid
 * @param clientName    for the staff calendar; the public manage page shows the client their own name
 * @param locationName  the location's name, for the staff calendar
 * @param resourceNames the rooms' and devices' names, in the order of {@code resources}, for the staff calendar
 * @param clientPhone   the client's phone number, for the staff calendar only (never in public answers)
 * @param cancellation  who cancelled and why, for the staff calendar; empty unless the desk or client cancelled
 * @param notes         staff-only notes, oldest first; empty in public answers
 * @param deposit       where the deposit stands, for the staff calendar; empty in public answers
 * @param terms         price, deposit and free-cancellation deadline agreed at booking, as the client is told them
 */
public record AppointmentView(AppointmentId id, TreatmentId treatment, String treatmentName, LocationId location,
                              PractitionerId practitioner, String practitionerName, List<ResourceId> resources,
                              ClientId client, String clientName, Instant start, Instant end, ZoneOffset offset,
                              AppointmentStatus status, Optional<Instant> holdExpiresAt, long version,
                              String locationName, List<String> resourceNames, String clientPhone,
                              Optional<CancellationRecord> cancellation, List<AppointmentNote> notes,
                              Optional<DepositStatus> deposit, ClientTerms terms) {

    public AppointmentView {
        resources = List.copyOf(resources);
        resourceNames = List.copyOf(resourceNames);
        notes = List.copyOf(notes);
        java.util.Objects.requireNonNull(terms, "terms");
    }

    /** The same view with what only staff see: the cancellation record, the notes and the deposit's status. */
    public AppointmentView withDeskDetails(Optional<CancellationRecord> cancellation, List<AppointmentNote> notes,
                                           DepositStatus deposit) {
        return new AppointmentView(id, treatment, treatmentName, location, practitioner, practitionerName, resources,
                client, clientName, start, end, offset, status, holdExpiresAt, version, locationName, resourceNames,
                clientPhone, cancellation, notes, Optional.of(deposit), terms);
    }

    /**
     * The same view without free text (the cancellation's words, the notes), for staff roles that may not read health
     * details: a desk note or "client phoned: flu" is clinical information.
     */
    public AppointmentView withoutFreeText() {
        return new AppointmentView(id, treatment, treatmentName, location, practitioner, practitionerName, resources,
                client, clientName, start, end, offset, status, holdExpiresAt, version, locationName, resourceNames,
                clientPhone, cancellation.map(CancellationRecord::withoutDetail), List.of(), deposit, terms);
    }
}
