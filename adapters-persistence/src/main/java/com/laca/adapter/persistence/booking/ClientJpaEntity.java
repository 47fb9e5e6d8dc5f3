package com.laca.adapter.persistence.booking;

import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import com.laca.domain.booking.Client;
import com.laca.domain.booking.ClientIdentity;
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
import java.util.Optional;

/** A row of {@code clients}; the tenant comes from the transaction, as EclipseLink keeps it out of the entity. */
@Entity
@Table(name = "clients")
class ClientJpaEntity extends TenantOwnedJpaEntity {

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
    @Column(name = "phone_digits")
    private String phoneDigits;
    @Column(name = "merged_into", insertable = false, updatable = false)
    private String mergedInto;
    @Version
    @Column(name = "version")
    private long version;

    protected ClientJpaEntity() {
    }

    ClientJpaEntity(Client client) {
        id = client.id().toString();
        firstName = client.firstName();
        lastName = client.lastName();
        email = client.email().value();
        phone = client.phone().value();
        dateOfBirth = client.dateOfBirth();
        surnameKey = ClientIdentity.of(client).surnameKey();
        phoneDigits = client.phone().value().substring(1);
    }

    /** The client this one was merged into, if it was. */
    Optional<String> mergedInto() {
        return Optional.ofNullable(mergedInto);
    }

    Client toDomain(TenantId tenant) {
        return new Client(ClientId.parse(id), tenant, firstName, lastName, new EmailAddress(email),
                new PhoneNumber(phone), dateOfBirth);
    }
}
