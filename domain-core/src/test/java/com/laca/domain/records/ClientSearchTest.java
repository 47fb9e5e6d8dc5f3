package com.laca.domain.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.EmailAddress;
import com.laca.domain.shared.PersonNames;
import com.laca.domain.shared.PhoneNumber;
import com.laca.domain.shared.TenantId;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("The front desk finds a client by the start of a name, e-mail, phone number or date of birth")
class ClientSearchTest {

    private static final ClientSearchKeys ZOE = ClientSearchKeys.of(ClientProfile.create(ClientId.random(),
            TenantId.random(), "Zoë", "O’Brien-Ñúñez", LocalDate.of(1990, 4, 15),
            Optional.of(new EmailAddress("Zoe.OBrien@Example.com")), Optional.of(new PhoneNumber("07911 123456")),
            ContactPreferences.NONE));

    @Nested
    @DisplayName("Normalisation")
    class Normalisation {

        @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
        @CsvSource(delimiter = '|', value = {
                "Zoë|zoe", "ZOË|zoe", "Zoe\u0308|zoe", "O'Brien|obrien", "O’Brien|obrien", "Ñúñez|nunez",
                "Jean-Luc|jean luc", "  Mary   Jane |mary jane", "Strauß|strauss", "Søren|soren", "Æsa|aesa",
                "Łukasz|lukasz", "ﬁona|fiona", "İlkay|ilkay"})
        @DisplayName("Names lose case, accents and apostrophes; other punctuation separates words")
        void names(String typed, String normalised) {
            assertThat(SearchText.name(typed)).isEqualTo(normalised);
        }

        @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
        @CsvSource(delimiter = '|', value = {
                "07911 123456|447911123456", "+44 7911 123456|447911123456", "+44 (0)7911|447911",
                "0044 7911 123456|447911123456", "(07911) 123-456|447911123456", "447911|447911",
                "+33 1 23 45|3312345"})
        @DisplayName("Phone numbers become international digits: 07…, +44 7… and 0044 7… agree")
        void phones(String typed, String digits) {
            assertThat(SearchText.phoneDigits(typed)).isEqualTo(digits);
        }

        @Test
        @DisplayName("The stored keys of a client are normalised the same way")
        void keys() {
            assertThat(ZOE.nameWords()).containsExactly("zoe", "obrien", "nunez");
            assertThat(ZOE.nameKey()).isEqualTo("zoe obrien nunez");
            assertThat(ZOE.email()).contains("zoe.obrien@example.com");
            assertThat(ZOE.phoneDigits()).contains("447911123456");
        }

        @Test
        @DisplayName("A client is found by the first twenty distinct words of the name, not by a later one")
        void nameWordsAreBounded() {
            String first = IntStream.rangeClosed(1, 15).mapToObj(i -> "f" + i).collect(Collectors.joining(" "));
            ClientSearchKeys keys = ClientSearchKeys.of(ClientProfile.create(ClientId.random(), TenantId.random(),
                    first + " f1", "l1 l2 l3 l4 l5 l6 l7", LocalDate.of(1990, 4, 15),
                    Optional.of(new EmailAddress("long@example.com")), Optional.empty(), ContactPreferences.NONE));

            assertThat(keys.nameWords()).hasSize(PersonNames.MAX_SEARCH_WORDS).startsWith("f1", "f2")
                    .endsWith("l5").doesNotHaveDuplicates();
            assertThat(ClientSearchQuery.freeText("f1 l5").matches(keys)).isTrue();
            assertThat(ClientSearchQuery.freeText("l6").matches(keys)).isFalse();
        }
    }

    @Nested
    @DisplayName("Matching")
    class Matching {

        @ParameterizedTest(name = "\"{0}\" finds Zoë O’Brien-Ñúñez")
        @ValueSource(strings = {"zo", "ZOE", "zoë o'b", "obrien zoe", "Nunez", "o’bri", "zoe.ob", "ZOE.OBRIEN@EX",
                "07911", "07911 123 456", "+44 7911", "0044 79", "447911", "1990", "1990-04", "1990-04-15",
                "15/04/1990", "15.4.1990"})
        @DisplayName("Any start of a name word, the e-mail, the phone or the date of birth finds her")
        void finds(String term) {
            assertThat(ClientSearchQuery.freeText(term).matches(ZOE)).isTrue();
        }

        @ParameterizedTest(name = "\"{0}\" does not find her")
        @ValueSource(strings = {"zoey", "brien", "emma", "07912", "+44 7912", "1991", "1990-05", "16/04/1990",
                "zoe@example.com"})
        @DisplayName("Something she does not start with does not find her (prefix, not substring)")
        void missing(String term) {
            assertThat(ClientSearchQuery.freeText(term).matches(ZOE)).isFalse();
        }

        @Test
        @DisplayName("Separate criteria must all match")
        void allCriteria() {
            assertThat(ClientSearchQuery.of("zoe", null, "07911", "1990").matches(ZOE)).isTrue();
            assertThat(ClientSearchQuery.of("zoe", null, "07911", "1991").matches(ZOE)).isFalse();
        }

        @Test
        @DisplayName("A free-text term is read as an e-mail, a date, a phone number or a name, in that order")
        void classification() {
            assertThat(ClientSearchQuery.freeText("emma@").emailPrefix()).contains("emma@");
            assertThat(ClientSearchQuery.freeText("1990-04").dateOfBirth()).contains(
                    new BirthDateRange(LocalDate.of(1990, 4, 1), LocalDate.of(1990, 4, 30)));
            assertThat(ClientSearchQuery.freeText("07911 12").phonePrefix()).contains("44791112");
            assertThat(ClientSearchQuery.freeText("Mary-Jane").nameWords()).containsExactly("mary", "jane");
        }
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"", " ", "z", "1990-13", "31/02/1990", "--", "+4"})
    @DisplayName("Searches too short to mean anything, or impossible dates, are refused with a reason")
    void refused(String term) {
        assertThatThrownBy(() -> ClientSearchQuery.freeText(term)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageMatching(".+");
    }

    @Test
    @DisplayName("A search with no criterion at all is refused")
    void noCriterion() {
        assertThatThrownBy(() -> ClientSearchQuery.of(null, " ", null, "")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one");
    }
}
