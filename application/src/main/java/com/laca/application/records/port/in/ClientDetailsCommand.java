package com.laca.application.records.port.in;

import com.laca.domain.records.ContactPreferences;
import java.time.LocalDate;

/**
 * The whole of a client's editable details as staff send them, for a new client or to replace an existing one's, so
 * no field is ever defaulted silently by leaving it out.
 *
 * @param firstName          given name
 * @param lastName           family name
 * @param dateOfBirth        date of birth
 * @param email              e-mail address
 * @param phone              phone number
 * @param contact            the service-message channels the client accepts
 * @param marketingMessages  whether the client agrees to marketing messages
 * @param marketingPhotos    whether the client agrees to their photos being used in marketing
 */
public record ClientDetailsCommand(String firstName, String lastName, LocalDate dateOfBirth, String email,
                                   String phone, ContactPreferences contact, boolean marketingMessages,
                                   boolean marketingPhotos) {

    @Override
    public String toString() {
        return "ClientDetailsCommand[<hidden>]";
    }
}
