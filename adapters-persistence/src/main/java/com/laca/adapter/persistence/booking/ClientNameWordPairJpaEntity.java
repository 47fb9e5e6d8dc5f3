package com.laca.adapter.persistence.booking;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A row of {@code client_name_word_pairs}: an ordered pair of a client's name words, the key a search of two typed
 * words looks up as one index range (V40), with the client's status and names as its name words carry them.
 */
@Entity
@Table(name = "client_name_word_pairs")
@IdClass(ClientNameWordPairJpaEntity.Key.class)
class ClientNameWordPairJpaEntity extends ClientNameKeyJpaEntity {

    @Id
    @Column(name = "client_id", length = 36)
    private String clientId;
    @Id
    @Column(name = "first_word", length = 100)
    private String firstWord;
    @Id
    @Column(name = "second_word", length = 100)
    private String secondWord;
    @Column(name = "first_initial", length = 2)
    private String firstInitial;

    protected ClientNameWordPairJpaEntity() {
    }

    ClientNameWordPairJpaEntity(String clientId, ClientNameWords.Pair pair, ClientNameWords.Owner owner) {
        this.clientId = clientId;
        this.firstWord = pair.first();
        this.secondWord = pair.second();
        this.firstInitial = ClientNameWords.initial(pair.first());
        carry(owner);
    }

    /** The row's two words, to compare with the pairs the client's current name makes. */
    ClientNameWords.Pair pair() {
        return new ClientNameWords.Pair(firstWord, secondWord);
    }

    /** The row's identity within its tenant: the client and the two words. */
    public static final class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private String clientId;
        private String firstWord;
        private String secondWord;

        public Key() {
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(clientId, key.clientId)
                    && Objects.equals(firstWord, key.firstWord) && Objects.equals(secondWord, key.secondWord);
        }

        @Override
        public int hashCode() {
            return Objects.hash(clientId, firstWord, secondWord);
        }
    }
}
