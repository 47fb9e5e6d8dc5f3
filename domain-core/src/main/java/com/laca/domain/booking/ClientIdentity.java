package com.laca.domain.booking;

import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.PersonNames;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * The client identity rule's key: a booking is attached to an existing client only when the e-mail address, the date
 * of birth and the surname (folded: case, accents, apostrophes, spaces and hyphens ignored) all agree, because an
 * e-mail address alone is shared by families and couples and merging two people puts the wrong date of birth on a
 * clinical record.
 *
 * @param email       the normalised e-mail address
 * @param dateOfBirth the date of birth
 * @param surnameKey  the surname folded by {@link #surnameKey(String)}
 */
public record ClientIdentity(EmailAddress email, LocalDate dateOfBirth, String surnameKey) {

    public ClientIdentity {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        Objects.requireNonNull(surnameKey, "surnameKey");
        if (surnameKey.isEmpty()) {
            throw new IllegalArgumentException("a surname key is never empty");
        }
    }

    /** The identity of a client record. */
    public static ClientIdentity of(Client client) {
        return new ClientIdentity(client.email(), client.dateOfBirth(), surnameKey(client.lastName()));
    }

    /**
     * A surname as it is compared: "O'Brien", "o brien" and "OBRIEN" are one key, "Núñez" is "nunez"; a surname with
     * no letter or digit at all is compared as typed, in lower case, so it never matches an empty key.
     */
    public static String surnameKey(String lastName) {
        String key = PersonNames.key(lastName);
        return key.isEmpty() ? lastName.strip().toLowerCase(Locale.ROOT) : key;
    }
}
