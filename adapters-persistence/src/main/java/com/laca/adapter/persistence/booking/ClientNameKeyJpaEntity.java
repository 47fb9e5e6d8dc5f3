package com.laca.adapter.persistence.booking;

import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * What every name-search key row carries of its client (a name word, a pair of them): the status and the names, so a
 * search filters, counts and orders its matches from the key's index without reading {@code clients} (V34, V40).
 */
@MappedSuperclass
abstract class ClientNameKeyJpaEntity extends TenantOwnedJpaEntity {

    @Column(name = "client_status", length = 16)
    private String clientStatus;
    @Column(name = "last_name", length = 100)
    private String lastName;
    @Column(name = "first_name", length = 100)
    private String firstName;

    /** Copies the client's status and names onto the row (an update only when one of them changed). */
    void carry(ClientNameWords.Owner owner) {
        clientStatus = owner.status();
        lastName = owner.lastName();
        firstName = owner.firstName();
    }
}
