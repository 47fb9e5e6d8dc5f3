package com.laca.adapter.persistence.records;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.domain.booking.ClientIdentity;
import com.laca.domain.records.ClientProfile;
import com.laca.domain.records.ClientStatus;
import com.laca.domain.records.ContactPreferences;
import com.laca.domain.records.MarketingConsent;
import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.PhoneNumber;
import com.laca.domain.shared.TenantId;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A row of {@code clients} seen whole, as the client records edit it; the booking side maps the same row more
 * narrowly. Search keys and the identity key are recomputed from the profile on every write.
 */
@Entity
@Table(name = "clients")
class ClientProfileJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "first_name")
    private String firstName;
    @Column(name = "last_name")
    private String lastName;
    @Column(name = "email")
    private String email;
    @Column(name = "phone")
    private String phone;
    @Column(name = "date_of_birth")
    private LocalDate dateOfBirth;
    @Column(name = "surname_key")
    private String surnameKey;
    @Column(name = "identity_slot")
    private String identitySlot;
    @Column(name = "status")
    private String status;
    @Column(name = "merged_into")
    private String mergedInto;
    @Column(name = "contact_email")
    private boolean contactEmail;
    @Column(name = "contact_sms")
    private boolean contactSms;
    @Column(name = "contact_phone")
    private boolean contactPhone;
    @Column(name = "marketing_messages_since")
    private OffsetDateTime marketingMessagesSince;
    @Column(name = "marketing_photos_since")
    private OffsetDateTime marketingPhotosSince;
    @Column(name = "phone_digits")
    private String phoneDigits;
    @Version
    @Column(name = "version")
    private long version;

    /** The row's optimistic-locking version as stored. */
    long version() {
        return version;
    }

    protected ClientProfileJpaEntity() {
    }

    ClientProfileJpaEntity(ClientProfile profile) {
        id = profile.id().toString();
        update(profile);
    }

    /** Copies the profile's state, with the keys recomputed. */
    final void update(ClientProfile profile) {
        firstName = profile.firstName();
        lastName = profile.lastName();
        email = profile.email().map(EmailAddress::value)
                .orElseThrow(() -> new IllegalArgumentException("a stored client keeps an e-mail address"));
        phone = profile.phone().map(PhoneNumber::value)
                .orElseThrow(() -> new IllegalArgumentException("a stored client keeps a phone number"));
        dateOfBirth = profile.dateOfBirth();
        surnameKey = ClientIdentity.surnameKey(lastName);
        identitySlot = profile.isMerged() ? id : "";
        status = profile.status().name();
        mergedInto = profile.mergedInto().map(ClientId::toString).orElse(null);
        contactEmail = profile.contact().email();
        contactSms = profile.contact().sms();
        contactPhone = profile.contact().phoneCalls();
        marketingMessagesSince = profile.marketing().messagesSince().map(Columns::timestamp).orElse(null);
        marketingPhotosSince = profile.marketing().photosSince().map(Columns::timestamp).orElse(null);
        phoneDigits = phone.substring(1);
    }

    String id() {
        return id;
    }

    ClientProfile toDomain(TenantId tenant, List<ClientId> possibleDuplicates) {
        return new ClientProfile(ClientId.parse(id), tenant, firstName, lastName, dateOfBirth,
                Optional.of(new EmailAddress(email)), Optional.of(new PhoneNumber(phone)),
                new ContactPreferences(contactEmail, contactSms, contactPhone),
                new MarketingConsent(Optional.ofNullable(Columns.instant(marketingMessagesSince)),
                        Optional.ofNullable(Columns.instant(marketingPhotosSince))),
                ClientStatus.valueOf(status), Optional.ofNullable(mergedInto).map(ClientId::parse), possibleDuplicates);
    }
}
