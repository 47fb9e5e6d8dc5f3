package com.laca.adapter.rest.common;

import com.laca.adapter.rest.problem.ProblemException;
import com.laca.adapter.rest.problem.ProblemType;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Reads a request body to its end as one JSON value before JSON-B binds it, because the parser Payara ships (Parsson)
 * skips the value of an unknown property without checking for the end of input, so a body cut short inside such a
 * value ({@code {"a":{}) would loop forever on a worker thread; a complete, well-formed document cannot.
 */
final class JsonBodyCheck {

    /** No request of this API nests half as deep; a limit keeps a body of 64 KiB of brackets cheap to refuse. */
    static final int MAX_DEPTH = 32;

    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private JsonBodyCheck() {
    }

    /**
     * Returns normally when the body is one complete JSON value in UTF-8 nested at most {@value #MAX_DEPTH} deep, and
     * throws a {@link ProblemException} for a 400 {@code malformed-body} problem otherwise.
     */
    static void check(byte[] body) {
        String text = utf8(body);
        int depth = 0;
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            while (parser.hasNext()) {
                switch (parser.next()) {
                    case START_OBJECT, START_ARRAY -> {
                        if (++depth > MAX_DEPTH) {
                            throw malformed("The request body nests objects and arrays more than " + MAX_DEPTH
                                    + " levels deep.");
                        }
                    }
                    case END_OBJECT, END_ARRAY -> depth--;
                    default -> {
                        // values and keys need no bookkeeping to prove the document complete
                    }
                }
            }
        } catch (JsonException | NoSuchElementException | IllegalStateException e) {
            throw malformed("The request body is not complete, well-formed JSON.");
        }
    }

    /** The body as text; JSON between systems is UTF-8 (RFC 8259), and a leading byte-order mark is tolerated. */
    private static String utf8(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
            return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw malformed("The request body is not valid UTF-8 text.");
        }
    }

    private static ProblemException malformed(String detail) {
        return new ProblemException(ProblemType.MALFORMED_BODY.problem(detail));
    }
}
