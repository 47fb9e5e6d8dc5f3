package com.laca.domain.safety;

import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Staff's record that they saw a client's proof of age, kept as evidence that the business took reasonable steps to
 * establish the client's age (what the 2021 Act's defence asks of a business arranging toxin or filler).
 *
 * @param id                the check
 * @param client            whose document was seen
 * @param checkedBy         the staff member
 * @param checkedAt         when
 * @param documentType      what was seen
 * @param dateOfBirthShown  the date of birth printed on it
 */
public record IdCheck(IdCheckId id, ClientId client, UserId checkedBy, Instant checkedAt, IdDocumentType documentType,
                      LocalDate dateOfBirthShown) {

    public IdCheck {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(checkedBy, "checkedBy");
        Objects.requireNonNull(checkedAt, "checkedAt");
        Objects.requireNonNull(documentType, "documentType");
        Objects.requireNonNull(dateOfBirthShown, "dateOfBirthShown");
    }
}
