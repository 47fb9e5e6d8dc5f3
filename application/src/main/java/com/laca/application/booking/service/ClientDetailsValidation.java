package com.laca.application.booking.service;

import com.laca.application.booking.port.in.ClientDetails;
import com.laca.application.shared.InvalidInputException;
import com.laca.domain.booking.Client;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.PhoneNumber;
import com.laca.domain.shared.TenantId;
import java.time.LocalDate;

/**
 * Checks what a client typed on the booking page field by field, so the page can point at the wrong field; the values
 * themselves never go into a message, because they are personal data.
 */
final class ClientDetailsValidation {

    private static final int MAX_NAME_LENGTH = 100;
    private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    private ClientDetailsValidation() {
    }

    /** A new client record of the details, or {@link InvalidInputException} naming the first wrong field. */
    static Client newClient(TenantId tenant, ClientDetails details, LocalDate today) {
        String firstName = name(details.firstName(), "client.firstName");
        String lastName = name(details.lastName(), "client.lastName");
        if (!EmailAddress.isValid(details.email())) {
            throw new InvalidInputException("client.email", "must be an e-mail address");
        }
        PhoneNumber phone;
        try {
            phone = new PhoneNumber(details.phone() == null ? "" : details.phone());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("client.phone", "must be a phone number");
        }
        LocalDate dateOfBirth = details.dateOfBirth();
        if (dateOfBirth == null || dateOfBirth.isBefore(EARLIEST_BIRTH_DATE) || dateOfBirth.isAfter(today)) {
            throw new InvalidInputException("client.dateOfBirth", "must be a date between 1900-01-01 and today");
        }
        return new Client(ClientId.random(), tenant, firstName, lastName, new EmailAddress(details.email()), phone,
                dateOfBirth);
    }

    private static String name(String value, String field) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH
                || trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException(field, "must be 1-" + MAX_NAME_LENGTH + " printable characters");
        }
        return trimmed;
    }
}
