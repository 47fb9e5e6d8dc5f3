package com.laca.application.records.service;

import com.laca.application.records.port.in.ClientDetailsCommand;
import com.laca.application.shared.InvalidInputException;
import com.laca.domain.records.ClientProfile;
import com.laca.domain.records.MarketingConsent;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.PhoneNumber;
import com.laca.domain.shared.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Checks what staff typed for a client field by field, so the form can point at the wrong field; the values never go
 * into a message, because they are personal data.
 */
final class ClientDetailsCheck {

    private static final int MAX_NAME_LENGTH = 100;
    private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    private ClientDetailsCheck() {
    }

    /**
     * {@code profile} with the command's details; marketing consents keep their original date when still given and
     * are dated {@code now} when newly given.
     */
    static ClientProfile apply(ClientProfile profile, ClientDetailsCommand details, Instant now) {
        Checked checked = check(details, now);
        MarketingConsent marketing = profile.marketing();
        marketing = details.marketingMessages()
                ? (marketing.allowsMessages() ? marketing : marketing.withMessages(now)) : marketing.withoutMessages();
        marketing = details.marketingPhotos()
                ? (marketing.allowsPhotos() ? marketing : marketing.withPhotos(now)) : marketing.withoutPhotos();
        return profile.withIdentity(checked.firstName, checked.lastName, checked.born)
                .withContactDetails(Optional.of(checked.email), Optional.of(checked.phone))
                .withContactPreferences(details.contact())
                .withMarketing(marketing);
    }

    /** A new client of the command's details, marketing consents given dated {@code now}. */
    static ClientProfile create(ClientId id, TenantId tenant, ClientDetailsCommand details, Instant now) {
        Checked checked = check(details, now);
        ClientProfile created = ClientProfile.create(id, tenant, checked.firstName, checked.lastName, checked.born,
                Optional.of(checked.email), Optional.of(checked.phone), details.contact());
        return apply(created, details, now);
    }

    private record Checked(String firstName, String lastName, LocalDate born, EmailAddress email,
                           PhoneNumber phone) {
    }

    private static Checked check(ClientDetailsCommand details, Instant now) {
        if (details == null) {
            throw new InvalidInputException("body", "is required");
        }
        String firstName = name(details.firstName(), "firstName");
        String lastName = name(details.lastName(), "lastName");
        LocalDate born = details.dateOfBirth();
        if (born == null || born.isBefore(EARLIEST_BIRTH_DATE)
                || born.isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
            throw new InvalidInputException("dateOfBirth", "must be a date between 1900-01-01 and today");
        }
        if (details.email() == null || !EmailAddress.isValid(details.email())) {
            throw new InvalidInputException("email", "must be an e-mail address");
        }
        PhoneNumber phone;
        try {
            phone = new PhoneNumber(details.phone() == null ? "" : details.phone());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("phone", "must be a phone number");
        }
        if (details.contact() == null) {
            throw new InvalidInputException("contactPreferences", "is required");
        }
        return new Checked(firstName, lastName, born, new EmailAddress(details.email()), phone);
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
