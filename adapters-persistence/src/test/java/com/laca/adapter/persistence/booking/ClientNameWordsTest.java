package com.laca.adapter.persistence.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.laca.domain.shared.PersonNames;
import java.util.List;
import java.util.stream.Collectors;
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
    @DisplayName("a name of fifty one-letter words, as a public booking could send, keeps its first twenty distinct "
            + "words, so it writes at most 400 pairs")
    void wordsAreBounded() {
        String letters = IntStream.range(0, 50).mapToObj(i -> String.valueOf((char) ('a' + i % 26)))
                .collect(Collectors.joining(" "));

        assertThat(ClientNameWords.of(letters, "Smith")).hasSize(PersonNames.MAX_SEARCH_WORDS)
                .startsWith("a", "b").endsWith("t").doesNotContain("smith");
        assertThat(ClientNameWords.pairs(ClientNameWords.of(letters, letters))).hasSize(400);
    }

    @Test
    @DisplayName("the initial the pair index leads with is the first character, or U+FFFD for one outside the Basic "
            + "Multilingual Plane, which the two databases count differently")
    void initial() {
        assertThat(List.of(ClientNameWords.initial("emma"), ClientNameWords.initial("\uD842\uDFB7ta")))
                .containsExactly("e", "\uFFFD");
        assertThat(ClientNameWords.of("\uD842\uDFB7", "Ta")).first().isEqualTo("\uD842\uDFB7");
    }
}
