package com.laca.adapter.persistence.booking;

import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.PersonNames;
import jakarta.persistence.EntityManager;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The rows of {@code client_name_words} for one client, written by the booking side (which creates clients) and the
 * client records (which rename them), so a name search is a b-tree range look-up per typed word: {@code word >= 'smi'
 * and word < 'smi\uffff'}. A range, not {@code LIKE 'smi%'}, because PostgreSQL never uses an index for a condition
 * whose operator is not leakproof under row-level security, and {@code LIKE} is not; the comparison operators are.
 * Each row also carries the client's status and names ({@link Owner}), so a name search counts and orders its matches
 * from this table's index without reading {@code clients} for each of them; {@code client_name_word_pairs} holds every
 * ordered pair of the same words, so a search of two words is one range too.
 */
public final class ClientNameWords {

    private static final int MAX_WORD = 100;
    /** The initial of every word starting outside the Basic Multilingual Plane (U+FFFD, the replacement character). */
    private static final String OTHER_INITIAL = "\uFFFD";

    private ClientNameWords() {
    }

    /**
     * The folded words of a first and last name, each once, the first {@link PersonNames#MAX_SEARCH_WORDS} of them as
     * the domain's search keys count them, each cut to 100 characters (a typed word is no longer): the words a client
     * is found by.
     */
    public static Set<String> of(String firstName, String lastName) {
        Set<String> words = new LinkedHashSet<>();
        Stream.of(firstName, lastName).map(PersonNames::fold).filter(text -> !text.isEmpty())
                .flatMap(text -> Arrays.stream(text.split(" ")))
                .distinct().limit(PersonNames.MAX_SEARCH_WORDS)
                .map(word -> word.length() > MAX_WORD ? word.substring(0, MAX_WORD) : word)
                .forEach(words::add);
        return words;
    }

    /**
     * Writes the words and word pairs of a client just inserted, which has none yet, so a booking that creates a client
     * reads nothing back for them.
     */
    public static void insert(EntityManager tenantEm, ClientId client, Owner owner) {
        Set<String> words = of(owner.firstName(), owner.lastName());
        String id = client.toString();
        words.forEach(word -> tenantEm.persist(new ClientNameWordJpaEntity(id, word, owner)));
        pairs(words).forEach(pair -> tenantEm.persist(new ClientNameWordPairJpaEntity(id, pair, owner)));
    }

    /**
     * Makes the client's stored words and word pairs exactly those of its name, each carrying its current status and
     * names; called on every write of the client, since a stale copy would list it under an old name or status.
     */
    public static void replace(EntityManager tenantEm, ClientId client, Owner owner) {
        Set<String> words = of(owner.firstName(), owner.lastName());
        String id = client.toString();
        replaceRows(tenantEm, ClientNameWordJpaEntity.class, id, words, ClientNameWordJpaEntity::word, owner,
                word -> new ClientNameWordJpaEntity(id, word, owner));
        replaceRows(tenantEm, ClientNameWordPairJpaEntity.class, id, pairs(words), ClientNameWordPairJpaEntity::pair,
                owner, pair -> new ClientNameWordPairJpaEntity(id, pair, owner));
    }

    /**
     * Makes the client's stored rows of one key table exactly the wanted keys: removes the others, lets the kept ones
     * carry the owner's status and names, and adds the missing ones.
     */
    private static <K, R extends ClientNameKeyJpaEntity> void replaceRows(
            EntityManager tenantEm, Class<R> table, String client, Set<K> wanted, Function<R, K> key, Owner owner,
            Function<K, R> row) {
        List<R> stored = tenantEm.createQuery(
                        "select r from " + table.getSimpleName() + " r where r.clientId = :client", table)
                .setParameter("client", client).getResultList();
        Set<K> kept = new HashSet<>();
        for (R each : stored) {
            if (wanted.contains(key.apply(each))) {
                each.carry(owner);
                kept.add(key.apply(each));
            } else {
                tenantEm.remove(each);
            }
        }
        wanted.stream().filter(wantedKey -> !kept.contains(wantedKey)).map(row).forEach(tenantEm::persist);
    }

    /** Every ordered pair of the words, a word with itself included, so each typed word matches as word by word. */
    static Set<Pair> pairs(Set<String> words) {
        Set<Pair> pairs = new LinkedHashSet<>();
        words.forEach(first -> words.forEach(second -> pairs.add(new Pair(first, second))));
        return pairs;
    }

    /**
     * The first character of a word or typed prefix, which the word-pair index leads with; one outside the Basic
     * Multilingual Plane is {@link #OTHER_INITIAL}, because PostgreSQL counts it as one character and H2 as two, and
     * the backfill (V40_1_1) computes the same on both.
     */
    public static String initial(String word) {
        int first = word.codePointAt(0);
        return Character.isBmpCodePoint(first) ? String.valueOf((char) first) : OTHER_INITIAL;
    }

    /** Two of a client's name words in order, possibly the same word twice. */
    record Pair(String first, String second) {
    }

    /**
     * The client a name word belongs to, as its row carries it: the names exactly as {@code clients} stores them (a
     * name search orders by them) and the status as stored in {@code clients.status}.
     */
    public record Owner(String firstName, String lastName, String status) {

        /** The status of a client a booking has just created, which {@code clients.status} defaults to. */
        public static final String NEW_CLIENT_STATUS = "ACTIVE";

        public Owner {
            Objects.requireNonNull(firstName, "firstName");
            Objects.requireNonNull(lastName, "lastName");
            Objects.requireNonNull(status, "status");
        }
    }

    /** The exclusive upper bound of the strings starting with {@code prefix}, for a range look-up. */
    public static String upperBound(String prefix) {
        return prefix + '\uffff';
    }
}
