package com.laca.domain.booking;

import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.PhoneNumber;
import com.laca.domain.shared.TenantId;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * The minimal record of a person who books, found by the client identity rule ({@link ClientIdentity}: e-mail, date
 * of birth and surname) or created when a booking is made, so a returning client keeps one history without having to
 * register and two people sharing an e-mail address are never one client.
 *
 * @param id          the client
 * @param tenant      the clinic business that knows this client; clients are never shared between tenants
 * @param firstName   given name, 1–100 characters after trimming
 * @param lastName    family name, 1–100 characters after trimming
 * @param email       the normalised e-mail address, part of the identity key within the tenant
 * @param phone       for reminders
 * @param dateOfBirth needed because several treatments are illegal for under-18s in the UK
 */
public record Client(ClientId id, TenantId tenant, String firstName, String lastName, EmailAddress email,
                     PhoneNumber phone, LocalDate dateOfBirth) {

    private static final int MAX_NAME_LENGTH = 100;
    private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    public Client {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        firstName = name(firstName, "firstName");
        lastName = name(lastName, "lastName");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        if (dateOfBirth.isBefore(EARLIEST_BIRTH_DATE)) {
            throw new IllegalArgumentException("implausible date of birth: " + dateOfBirth);
        }
    }

    /** True when a booking with {@code identity} in {@code tenant} belongs to this client. */
    public boolean matches(TenantId tenant, ClientIdentity identity) {
        return this.tenant.equals(tenant) && ClientIdentity.of(this).equals(identity);
    }

    /** Age in whole years on {@code date}; "today" is passed in because the domain never reads the clock. */
    public int ageOn(LocalDate date) {
        if (date.isBefore(dateOfBirth)) {
            throw new IllegalArgumentException("date " + date + " is before the client was born");
        }
        return Period.between(dateOfBirth, date).getYears();
    }

    /** This client with the contact details and name given at a later booking; the id and e-mail key stay. */
    public Client withDetails(String firstName, String lastName, PhoneNumber phone, LocalDate dateOfBirth) {
        return new Client(id, tenant, firstName, lastName, email, phone, dateOfBirth);
    }

    private static String name(String value, String field) {
        Objects.requireNonNull(value, field);
        String trimmed = value.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME_LENGTH || trimmed.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(field + " must be 1-" + MAX_NAME_LENGTH + " printable characters");
        }
        return trimmed;
    }
}
