package com.laca.adapter.persistence.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A row of {@code client_name_words}: one folded word of a client's name, the key a name search looks up, with the
 * client's status and names, so a name search counts and orders its matches from this table's index alone (V34).
 */
@Entity
@Table(name = "client_name_words")
@IdClass(ClientNameWordJpaEntity.Key.class)
class ClientNameWordJpaEntity extends ClientNameKeyJpaEntity {

    @Id
    @Column(name = "client_id", length = 36)
    private String clientId;
    @Id
    @Column(name = "word", length = 100)
    private String word;

    protected ClientNameWordJpaEntity() {
    }

    ClientNameWordJpaEntity(String clientId, String word, ClientNameWords.Owner owner) {
        this.clientId = clientId;
        this.word = word;
        carry(owner);
    }

    String word() {
        return word;
    }

    /** The row's identity within its tenant: the client and the word. */
    public static final class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String clientId;
        private String word;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(clientId, key.clientId) && Objects.equals(word, key.word);
        }

        @Override
        public int hashCode() {
            return Objects.hash(clientId, word);
        }
    }
}
