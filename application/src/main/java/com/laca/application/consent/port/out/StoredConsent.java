package com.laca.application.consent.port.out;

import com.laca.domain.consent.ConsentRecord;
import com.laca.domain.shared.AppointmentId;
import java.util.Objects;
import java.util.Optional;

/**
 * A consent record as stored: the appointment it was given for, its archived document once rendered, and the row
 * version that guards concurrent signing.
 *
 * @param record      the consent
 * @param appointment the appointment it was given for
 * @param document    the archived document, once rendered and stored
 * @param version     the row version read
 */
public record StoredConsent(ConsentRecord record, AppointmentId appointment, Optional<ConsentDocument> document,
                            long version) {

    public StoredConsent {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(document, "document");
    }
}
