package com.laca.adapter.persistence.booking;

import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/** A row of {@code client_possible_duplicates}: a client the identity rule flagged as maybe another, for staff. */
@Entity
@Table(name = "client_possible_duplicates")
@IdClass(ClientPossibleDuplicateJpaEntity.Key.class)
class ClientPossibleDuplicateJpaEntity extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "client_id", length = 36)
    private String clientId;
    @Id
    @Column(name = "duplicate_of", length = 36)
    private String duplicateOf;
    @Column(name = "flagged_at")
    private OffsetDateTime flaggedAt;

    protected ClientPossibleDuplicateJpaEntity() {
    }

    ClientPossibleDuplicateJpaEntity(String clientId, String duplicateOf, OffsetDateTime flaggedAt) {
        this.clientId = clientId;
        this.duplicateOf = duplicateOf;
        this.flaggedAt = flaggedAt;
    }

    String duplicateOf() {
        return duplicateOf;
    }

    /** The row's identity within its tenant: the flagged client and the client it may duplicate. */
    public static final class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String clientId;
        private String duplicateOf;

        public Key() {
        }

        Key(String clientId, String duplicateOf) {
            this.clientId = clientId;
            this.duplicateOf = duplicateOf;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(clientId, key.clientId)
                    && Objects.equals(duplicateOf, key.duplicateOf);
        }

        @Override
        public int hashCode() {
            return Objects.hash(clientId, duplicateOf);
        }
    }
}
