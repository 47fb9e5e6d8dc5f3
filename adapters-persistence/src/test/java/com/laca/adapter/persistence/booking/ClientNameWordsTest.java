package com.laca.adapter.persistence.booking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A client's name words and their pairs, the keys a name search looks up")
class ClientNameWordsTest {

    @Test
    @DisplayName("a name's words are paired in both orders and each with itself")
    void everyOrderedPair() {
        assertThat(ClientNameWords.pairs(ClientNameWords.of("Zoë", "O'Brien-Smith"))).extracting(pair ->
                pair.first() + " " + pair.second()).containsExactlyInAnyOrder("zoe zoe", "zoe obrien", "zoe smith",
                "obrien zoe", "obrien obrien", "obrien smith", "smith zoe", "smith obrien", "smith smith");
    }

    @Test
    @DisplayName("a name of a hundred one-letter words, as a public booking could send, writes at most 144 pairs, of "
            + "its first twelve words")
    void pairedWordsAreCapped() {
        Set<String> words = new LinkedHashSet<>(IntStream.range(0, 100).mapToObj(i -> "w" + i).toList());

        Set<ClientNameWords.Pair> pairs = ClientNameWords.pairs(words);

        assertThat(pairs).hasSize(ClientNameWords.MAX_PAIRED_WORDS * ClientNameWords.MAX_PAIRED_WORDS)
                .contains(new ClientNameWords.Pair("w0", "w11")).doesNotContain(new ClientNameWords.Pair("w0", "w12"));
    }

    @Test
    @DisplayName("the initial the pair index leads with is the first character, a whole code point")
    void initial() {
        assertThat(List.of(ClientNameWords.initial("emma"), ClientNameWords.initial("\uD835\uDC9Cda")))
                .containsExactly("e", "\uD835\uDC9C");
    }
}
