package com.laca.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Text that people type and others read")
class PlainTextTest {

    @ParameterizedTest(name = "U+{0}")
    @ValueSource(strings = {"0000", "0007", "001B", "007F", "0085", "00AD", "061C", "200B", "200E", "200F", "202A",
            "202D", "202E", "2066", "2069", "2028", "2029", "FEFF", "3164", "FFFF", "FDD0", "D800", "DFFF", "E0041"})
    @DisplayName("Control, invisible and direction-changing characters are refused, naming the field and the character")
    void refusesInvisibleCharacters(String hex) {
        String bad = "Glow " + new String(Character.toChars(Integer.parseInt(hex, 16))) + "peel";

        assertThatThrownBy(() -> PlainText.required(bad, "name", 120)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("name must not contain").hasMessageContaining("U+" + hex);
        assertThatThrownBy(() -> PlainText.optionalMultiLine(bad, "description", 2000))
                .hasMessageStartingWith("description must not contain");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0001\u0002", " \u0000 ", "\u202E"})
    @DisplayName("A text of nothing but control characters is refused, never kept as an empty name")
    void controlCharactersAloneAreNotAName(String bad) {
        assertThatThrownBy(() -> PlainText.required(bad, "name", 120)).hasMessageStartingWith("name must not contain");
        assertThatThrownBy(() -> PlainText.optional(bad, "line2", 200))
                .hasMessageStartingWith("line2 must not contain");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u00A0\u2003", "\u200D", "\u0301", "\u2800"})
    @DisplayName("A name must show something: blanks, joiners and lone accents are not a name")
    void somethingVisible(String blank) {
        assertThatThrownBy(() -> PlainText.required(blank, "name", 120)).hasMessage("name is required");
        assertThatThrownBy(() -> PlainText.required(null, "name", 120)).hasMessage("name is required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Café Crème", "Dr Siân O'Neil-Smith", "\u0639\u064A\u0627\u062F\u0629", "\u76AE\u80A4",
            "Glow \u2728 peel", "\uD83D\uDC69\u200D\u2695\uFE0F nurse-led",
            "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645", "Zo\u00EB\u00A0Ltd"})
    @DisplayName("Names in any script, with accents, emoji sequences and joiners, are kept exactly as typed")
    void keepsRealNames(String name) {
        assertThat(PlainText.required("  " + name + " ", "name", 120)).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"line one\nline two", "tab\tseparated", "windows\r\nline"})
    @DisplayName("Line breaks and tabs belong in descriptions, not in names")
    void lineBreaks(String text) {
        assertThat(PlainText.optionalMultiLine(text, "description", 2000)).isEqualTo(text);
        assertThatThrownBy(() -> PlainText.required(text, "name", 120)).hasMessageContaining("U+000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    @DisplayName("An optional text left blank is no text")
    void optionalBlank(String blank) {
        assertThat(PlainText.optional(blank, "line2", 200)).isNull();
        assertThat(PlainText.optional(null, "line2", 200)).isNull();
    }

    @ParameterizedTest
    @ValueSource(ints = {120, 121})
    @DisplayName("A text may be as long as its field allows, and no longer")
    void length(int length) {
        String text = "x".repeat(length);
        if (length <= 120) {
            assertThat(PlainText.required(text, "name", 120)).isEqualTo(text);
        } else {
            assertThatThrownBy(() -> PlainText.required(text, "name", 120))
                    .hasMessage("name must be at most 120 characters");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u202Eevil", "e\u0000vil", "\u200Bevil\u200B"})
    @DisplayName("Text stored before these rules reads back without what they forbid")
    void readableDropsForbiddenCharacters(String stored) {
        assertThat(PlainText.readable(stored, false, 120, "(no name)")).isEqualTo("evil");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\u0000", " \u202E "})
    @DisplayName("Stored text with nothing visible left reads back as the stand-in")
    void readableFallsBack(String stored) {
        assertThat(PlainText.readable(stored, false, 120, "(no name)")).isEqualTo("(no name)");
        assertThat(PlainText.readable(null, false, 120, null)).isNull();
    }
}
