package com.laca.adapter.rest.booking;

import com.laca.adapter.rest.common.Dates;
import com.laca.adapter.rest.common.Fields;
import com.laca.application.booking.port.in.ClientDetails;
import com.laca.application.shared.InvalidInputException;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.PhoneNumber;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;

/**
 * Who a booking is for, as typed on the booking page; checked here field by field so a typo comes back as a 400 next
 * to the right input instead of failing deep in the booking.
 */
@Schema(name = "BookingClient", requiredProperties = {"firstName", "lastName", "email", "phone", "dateOfBirth"},
        properties = {
                @SchemaProperty(name = "firstName", example = "Emma"),
                @SchemaProperty(name = "lastName", example = "Watson"),
                @SchemaProperty(name = "email", example = "emma.watson@example.com"),
                @SchemaProperty(name = "phone", example = "07700 900123",
                        description = "UK or international; stored as +447700900123"),
                @SchemaProperty(name = "dateOfBirth", example = "1990-04-15")})
public record ClientJson(
        @NotBlank(message = Fields.REQUIRED) @Size(max = ClientJson.MAX_NAME, message = ClientJson.NAME_LENGTH)
        String firstName,
        @NotBlank(message = Fields.REQUIRED) @Size(max = ClientJson.MAX_NAME, message = ClientJson.NAME_LENGTH)
        String lastName,
        @NotBlank(message = Fields.REQUIRED) String email,
        @NotBlank(message = Fields.REQUIRED) String phone,
        @NotBlank(message = Fields.REQUIRED) String dateOfBirth) {

    static final int MAX_NAME = 100;
    static final String NAME_LENGTH = "must be at most " + MAX_NAME + " characters";
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1900, 1, 1);

    /** The client's details, with each field named {@code client.<field>} in a 400. */
    public ClientDetails toDetails(LocalDate today) {
        String first = firstName.trim();
        String last = lastName.trim();
        String mail = email.trim();
        if (!EmailAddress.isValid(mail)) {
            throw new InvalidInputException("client.email", "must be an e-mail address such as name@example.com");
        }
        String number = phone.trim();
        try {
            new PhoneNumber(number);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("client.phone", "must be a phone number such as 07700 900123");
        }
        LocalDate born = Dates.date(dateOfBirth, "client.dateOfBirth");
        if (born.isBefore(EARLIEST_BIRTH) || !born.isBefore(today)) {
            throw new InvalidInputException("client.dateOfBirth", "must be a date in the past");
        }
        return new ClientDetails(first, last, mail, number, born);
    }

    /** Keeps the client's personal data out of logs and exception messages. */
    @Override
    public String toString() {
        return "ClientJson[<hidden>]";
    }
}
