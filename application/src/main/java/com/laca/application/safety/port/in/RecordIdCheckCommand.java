package com.laca.application.safety.port.in;

import com.laca.domain.safety.IdDocumentType;
import com.laca.domain.shared.ClientId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The proof of age a staff member saw, as they record it; who saw it and when are taken from the caller and the clock,
 * never from the request, so the record is evidence rather than a claim.
 *
 * @param client           whose document was seen
 * @param documentType     what was seen
 * @param dateOfBirthShown the date of birth printed on it
 */
public record RecordIdCheckCommand(ClientId client, IdDocumentType documentType, LocalDate dateOfBirthShown) {

    public RecordIdCheckCommand {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(documentType, "documentType");
        Objects.requireNonNull(dateOfBirthShown, "dateOfBirthShown");
    }
}
