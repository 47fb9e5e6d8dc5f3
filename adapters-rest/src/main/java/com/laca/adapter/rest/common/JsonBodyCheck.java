package com.laca.adapter.rest.common;

import com.laca.adapter.rest.problem.ProblemException;
import com.laca.adapter.rest.problem.ProblemType;
import com.laca.application.shared.InvalidInputException;
import com.laca.domain.shared.PlainText;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Reads a request body to its end as one JSON value before JSON-B binds it, for two reasons. The parser Payara ships
 * (Parsson) skips the value of an unknown property without checking for the end of input, so a body cut short inside
 * such a value (<code>{"a":{</code>) would loop forever on a worker thread; a complete, well-formed document cannot.
 * And every text in every body is checked once, here at the edge, for characters no text may hold ({@link PlainText}):
 * a NUL, a control character, an invisible or direction-changing one is a 400 naming the field, before anything
 * could store it.
 */
final class JsonBodyCheck {

    /** No request of this API nests half as deep; a limit keeps a body of 64 KiB of brackets cheap to refuse. */
    static final int MAX_DEPTH = 32;
    /** Properties whose text may run over several lines (line breaks, tabs); every other text is one line. */
    static final Set<String> MULTI_LINE_PROPERTIES = Set.of("description", "reason");
    /** Never shown or stored as text (only hashed), so any character a person can type is theirs to use. */
    static final Set<String> SECRET_PROPERTIES = Set.of("password");

    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private JsonBodyCheck() {
    }

    /**
     * Returns normally when the body is one complete JSON value in UTF-8 nested at most {@value #MAX_DEPTH} deep whose
     * texts hold only allowed characters; throws a {@link ProblemException} for a 400 {@code malformed-body} problem,
     * or an {@link InvalidInputException} naming the field whose text holds a forbidden character.
     */
    static void check(byte[] body) {
        String text = utf8(body);
        Deque<Scope> open = new ArrayDeque<>();
        try (JsonParser parser = PARSERS.createParser(new StringReader(text))) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                switch (event) {
                    case START_OBJECT, START_ARRAY -> {
                        if (open.size() == MAX_DEPTH) {
                            throw malformed("The request body nests objects and arrays more than " + MAX_DEPTH
                                    + " levels deep.");
                        }
                        open.push(new Scope(pathOfValue(open), event == JsonParser.Event.START_ARRAY));
                    }
                    case END_OBJECT, END_ARRAY -> {
                        open.pop();
                        valueDone(open);
                    }
                    case KEY_NAME -> open.element().key = parser.getString();
                    case VALUE_STRING -> {
                        requirePlainText(open, parser.getString());
                        valueDone(open);
                    }
                    default -> valueDone(open);
                }
            }
        } catch (JsonException | NoSuchElementException | IllegalStateException e) {
            throw malformed("The request body is not complete, well-formed JSON.");
        }
    }

    /** An object or array being read: where it is, and where in it the parser is. */
    private static final class Scope {
        private final String path;
        private final boolean array;
        private int index;
        private String key;

        private Scope(String path, boolean array) {
            this.path = path;
            this.array = array;
        }
    }

    /** The field a client would recognise, e.g. {@code address.city} or {@code windows[1].start}. */
    private static String pathOfValue(Deque<Scope> open) {
        Scope scope = open.peek();
        if (scope == null) {
            return "";
        }
        if (scope.array) {
            return scope.path + "[" + scope.index + "]";
        }
        return scope.path.isEmpty() ? scope.key : scope.path + "." + scope.key;
    }

    private static void valueDone(Deque<Scope> open) {
        Scope scope = open.peek();
        if (scope != null && scope.array) {
            scope.index++;
        }
    }

    private static void requirePlainText(Deque<Scope> open, String value) {
        String property = open.stream().filter(scope -> !scope.array).findFirst().map(scope -> scope.key).orElse("");
        if (SECRET_PROPERTIES.contains(property)) {
            return;
        }
        int forbidden = PlainText.firstForbidden(value, MULTI_LINE_PROPERTIES.contains(property));
        if (forbidden >= 0) {
            String path = pathOfValue(open);
            throw new InvalidInputException(path.isEmpty() ? "body" : path, "must not contain control, invisible or"
                    + " direction-changing characters (found " + PlainText.describe(forbidden) + ")");
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

    /** A 400 {@code malformed-body} problem with the given detail. */
    static ProblemException malformed(String detail) {
        return new ProblemException(ProblemType.MALFORMED_BODY.problem(detail));
    }
}
