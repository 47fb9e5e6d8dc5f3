package com.laca.application.consent.port.in;

import com.laca.domain.consent.ConsentRecord;
import com.laca.domain.consent.MergedConsent;
import com.laca.domain.shared.AppointmentId;
import java.util.Objects;
import java.util.Optional;

/**
 * A booking's consent as the client reads it or staff check it: the merged form, the record's state and the archived
 * document once there is one.
 *
 * @param appointment the booking
 * @param form        the merged text of the version given
 * @param record      the consent record
 * @param document    the archived document, once stored
 */
public record ConsentView(AppointmentId appointment, MergedConsent form, ConsentRecord record,
                          Optional<ArchivedDocument> document) {

    public ConsentView {
        Objects.requireNonNull(appointment, "appointment");
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(document, "document");
    }
}
