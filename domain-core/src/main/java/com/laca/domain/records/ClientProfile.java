package com.laca.domain.records;

import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.PhoneNumber;
import com.laca.domain.shared.TenantId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who a client is and how the clinic may reach them: the part of the record that staff edit (with history), merge
 * and erase on request, kept apart from the clinical entries that retention protects.
 *
 * @param id                 the client
 * @param tenant             the clinic business that holds this record; never shared between tenants
 * @param firstName          given name, 1-100 characters
 * @param lastName           family name, 1-100 characters
 * @param dateOfBirth        needed for age gates and for the children's retention rule
 * @param email              for service messages; at least one of e-mail and phone is held
 * @param phone              for service messages and urgent clinical contact
 * @param contact            channels accepted for service messages
 * @param marketing          marketing permissions, separate from treatment consent
 * @param status             active, archived, or merged into another client
 * @param mergedInto         the client this one was merged into; present exactly when the status is MERGED
 * @param possibleDuplicates clients staff should check are not the same person (set by the identity rule, never
 *                           acted on automatically)
 */
public record ClientProfile(ClientId id, TenantId tenant, String firstName, String lastName, LocalDate dateOfBirth,
                            Optional<EmailAddress> email, Optional<PhoneNumber> phone, ContactPreferences contact,
                            MarketingConsent marketing, ClientStatus status, Optional<ClientId> mergedInto,
                            List<ClientId> possibleDuplicates) {

    private static final int MAX_NAME = 100;
    private static final LocalDate EARLIEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    public ClientProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
        firstName = Texts.singleLine(firstName, "firstName", MAX_NAME);
        lastName = Texts.singleLine(lastName, "lastName", MAX_NAME);
        Objects.requireNonNull(dateOfBirth, "dateOfBirth");
        if (dateOfBirth.isBefore(EARLIEST_BIRTH_DATE)) {
            throw new IllegalArgumentException("implausible date of birth: " + dateOfBirth);
        }
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phone, "phone");
        if (email.isEmpty() && phone.isEmpty()) {
            throw new IllegalArgumentException("a client needs an e-mail address or a phone number");
        }
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(marketing, "marketing");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(mergedInto, "mergedInto");
        if ((status == ClientStatus.MERGED) != mergedInto.isPresent()) {
            throw new IllegalArgumentException("a merged client names the client it was merged into, and only it");
        }
        if (mergedInto.filter(id::equals).isPresent()) {
            throw new IllegalArgumentException("a client cannot be merged into itself");
        }
        Set<ClientId> duplicates = new LinkedHashSet<>(Texts.list(possibleDuplicates, "possibleDuplicates"));
        duplicates.remove(id);
        possibleDuplicates = List.copyOf(duplicates);
    }

    /** A new active client with no marketing consent and the given service-message channels. */
    public static ClientProfile create(ClientId id, TenantId tenant, String firstName, String lastName,
                                       LocalDate dateOfBirth, Optional<EmailAddress> email,
                                       Optional<PhoneNumber> phone, ContactPreferences contact) {
        return new ClientProfile(id, tenant, firstName, lastName, dateOfBirth, email, phone, contact,
                MarketingConsent.NONE, ClientStatus.ACTIVE, Optional.empty(), List.of());
    }

    /** This client with a corrected name and date of birth. */
    public ClientProfile withIdentity(String firstName, String lastName, LocalDate dateOfBirth) {
        return new ClientProfile(id, tenant, firstName, lastName, dateOfBirth, email, phone, contact, marketing,
                status, mergedInto, possibleDuplicates);
    }

    /** This client with new contact details. */
    public ClientProfile withContactDetails(Optional<EmailAddress> email, Optional<PhoneNumber> phone) {
        return new ClientProfile(id, tenant, firstName, lastName, dateOfBirth, email, phone, contact, marketing,
                status, mergedInto, possibleDuplicates);
    }

    /** This client with new service-message channels. */
    public ClientProfile withContactPreferences(ContactPreferences contact) {
        return new ClientProfile(id, tenant, firstName, lastName, dateOfBirth, email, phone, contact, marketing,
                status, mergedInto, possibleDuplicates);
    }

    /** This client with new marketing permissions. */
    public ClientProfile withMarketing(MarketingConsent marketing) {
        return new ClientProfile(id, tenant, firstName, lastName, dateOfBirth, email, phone, contact, marketing,
                status, mergedInto, possibleDuplicates);
    }

    /** This client archived: kept, out of everyday searches. */
    public ClientProfile archived() {
        requireNotMerged();
        return withStatus(ClientStatus.ARCHIVED);
    }

    /** This client active again. */
    public ClientProfile reactivated() {
        requireNotMerged();
        return withStatus(ClientStatus.ACTIVE);
    }

    /** This client flagged for staff to check whether {@code other} is the same person; nothing is merged. */
    public ClientProfile flaggedAsPossibleDuplicateOf(ClientId other) {
        List<ClientId> flagged = new ArrayList<>(possibleDuplicates);
        flagged.add(other);
        return new ClientProfile(id, tenant, firstName, lastName, dateOfBirth, email, phone, contact, marketing,
                status, mergedInto, flagged);
    }

    /** This client with the duplicate flag for {@code other} cleared, e.g. after staff found them different people. */
    public ClientProfile withoutPossibleDuplicate(ClientId other) {
        return new ClientProfile(id, tenant, firstName, lastName, dateOfBirth, email, phone, contact, marketing,
                status, mergedInto, possibleDuplicates.stream().filter(d -> !d.equals(other)).toList());
    }

    /** This client with the preferences and marketing data an erasure request removes at once. */
    public ClientProfile withoutPreferencesAndMarketing() {
        return withContactPreferences(ContactPreferences.NONE).withMarketing(MarketingConsent.NONE);
    }

    /** True when this record was merged into another and only that one is current. */
    public boolean isMerged() {
        return status == ClientStatus.MERGED;
    }

    ClientProfile mergedInto(ClientId survivor) {
        return new ClientProfile(id, tenant, firstName, lastName, dateOfBirth, email, phone, contact, marketing,
                ClientStatus.MERGED, Optional.of(survivor), List.of());
    }

    private ClientProfile withStatus(ClientStatus newStatus) {
        return new ClientProfile(id, tenant, firstName, lastName, dateOfBirth, email, phone, contact, marketing,
                newStatus, mergedInto, possibleDuplicates);
    }

    private void requireNotMerged() {
        if (isMerged()) {
            throw new IllegalStateException("client " + id + " was merged into " + mergedInto.orElseThrow());
        }
    }
}
