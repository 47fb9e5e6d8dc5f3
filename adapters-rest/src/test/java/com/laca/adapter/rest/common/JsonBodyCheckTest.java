package com.laca.adapter.rest.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.adapter.rest.problem.ProblemException;
import com.laca.application.shared.InvalidInputException;
import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonBodyCheckTest {

    private static final String WHOLE = """
            {"zz":{"a":[1,-2.5e3,"x\\"y\\u00e9",true,false,null,{"b":[[]]}],"c":{}},"name":"n"}""";

    private static void isMalformed(String body) {
        isMalformed(body.getBytes(StandardCharsets.UTF_8));
    }

    private static void isMalformed(byte[] body) {
        assertThatThrownBy(() -> JsonBodyCheck.check(body)).as(new String(body, StandardCharsets.UTF_8))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.problem().status()).isEqualTo(400);
                    assertThat(e.problem().type())
                            .isEqualTo("https://laca.dev/problems/malformed-body");
                });
    }

    @Test
    @DisplayName("a complete JSON document passes, whatever properties it has")
    void completeDocumentPasses() {
        assertThatCode(() -> JsonBodyCheck.check(WHOLE.getBytes(StandardCharsets.UTF_8))).doesNotThrowAnyException();
        assertThatCode(() -> JsonBodyCheck.check("[1, 2]".getBytes(StandardCharsets.UTF_8)))
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName("a body cut off anywhere, inside objects, arrays, strings, escapes, numbers or literals, is malformed")
    void everyPrefixIsMalformed() {
        IntStream.range(0, WHOLE.length()).mapToObj(n -> WHOLE.substring(0, n)).forEach(JsonBodyCheckTest::isMalformed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\":{]}", "{\"a\":{\"b\" 1}}", "{\"a\":{},}", "{\"a\":1} trailing", "{\"a\":1}{}",
            "{\"zz\":\"\\x\"}", "{'a':1}", "   "})
    @DisplayName("broken JSON is malformed, even inside a value the binder would skip, and so is anything after it")
    void brokenJsonIsMalformed(String body) {
        isMalformed(body);
    }

    @Test
    @DisplayName("nesting deeper than the limit is malformed; nesting up to it passes")
    void nestingIsBounded() {
        int limit = JsonBodyCheck.MAX_DEPTH;
        assertThatCode(() -> JsonBodyCheck.check(("[".repeat(limit) + "]".repeat(limit))
                .getBytes(StandardCharsets.UTF_8))).doesNotThrowAnyException();
        isMalformed("[".repeat(limit + 1) + "]".repeat(limit + 1));
        isMalformed("[".repeat(60_000));
    }

    @Test
    @DisplayName("bytes that are not UTF-8 are malformed; a leading byte-order mark is tolerated")
    void encoding() {
        isMalformed(new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, '"', '}'});
        byte[] withBom = ("\uFEFF" + WHOLE).getBytes(StandardCharsets.UTF_8);
        assertThatCode(() -> JsonBodyCheck.check(withBom)).doesNotThrowAnyException();
    }

    private static void namesField(String body, String field) {
        assertThatThrownBy(() -> JsonBodyCheck.check(body.getBytes(StandardCharsets.UTF_8))).as(body)
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.fieldErrors()).containsOnlyKeys(field));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\\u0000", "\\u0007", "\\u001b", "\\u007f", "\\u202e", "\\u200b", "\\ufeff", "\\ud800",
            "\u202e", "\u2066", "\\n"})
    @DisplayName("a control, invisible or direction-changing character in any text is refused, naming the field")
    void refusesForbiddenCharacters(String character) {
        namesField("{\"name\": \"Glow" + character + "peel\"}", "name");
        namesField("{\"address\": {\"line1\": \"1 Street\", \"city\": \"" + character + "\"}}", "address.city");
        namesField("{\"windows\": [{\"start\": \"09:00\"}, {\"start\": \"1" + character + "0:00\"}]}",
                "windows[1].start");
        namesField("{\"roles\": [\"OWNER\", \"" + character + "\"]}", "roles[1]");
        namesField("\"" + character + "\"", "body");
    }

    @Test
    @DisplayName("descriptions and reasons may hold line breaks and tabs; passwords may hold anything")
    void multiLineAndSecretFields() {
        assertThatCode(() -> JsonBodyCheck.check("""
                {"description": "Step one.\\r\\nStep two:\\tdone", "reason": "Client unwell.\\nRebooked.",
                 "password": "tab\\there\\u0000"}""".getBytes(StandardCharsets.UTF_8))).doesNotThrowAnyException();
        namesField("{\"description\": \"bell\\u0007\"}", "description");
    }

    @Test
    @DisplayName("text in any script, with emoji sequences, passes untouched")
    void realTextPasses() {
        assertThatCode(() -> JsonBodyCheck.check("""
                {"name": "Caf\u00e9 \u2728 \ud83d\udc69\u200d\u2695\ufe0f \u0639\u064a\u0627\u062f\u0629"}"""
                .getBytes(StandardCharsets.UTF_8))).doesNotThrowAnyException();
    }
}
