package com.laca.adapter.rules.json;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Reads the reviewed JSON files field by field, so every file a clinician or a deployment supplies is refused with the
 * place it is wrong ("rule x needs a text \"clientMessage\"", "line 3, column 5") instead of a parser's stack trace.
 */
final class JsonFields {

    /**
     * Made once: {@code Json.createReader(…)} looks the JSON provider up through the service loader on every call,
     * which scans the application's class path each time.
     */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    private JsonFields() {
    }

    /**
     * Parses a stream (closed after reading) as one JSON object; any failure, of the syntax or of {@code parse},
     * becomes the port's own exception with {@code name} and the place.
     */
    static <T> T read(InputStream in, String name, Function<JsonObject, T> parse,
                      BiFunction<String, Throwable, ? extends RuntimeException> invalid) {
        try (InputStream stream = in; JsonReader reader = READERS.createReader(stream)) {
            return parse.apply(reader.readObject());
        } catch (JsonParsingException e) {
            throw invalid.apply(name + " is not valid JSON at line " + e.getLocation().getLineNumber()
                    + ", column " + e.getLocation().getColumnNumber(), e);
        } catch (JsonException | ClassCastException | IllegalArgumentException | NullPointerException e) {
            throw invalid.apply(name + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw invalid.apply("cannot read " + name, new UncheckedIOException(e));
        }
    }

    static String string(JsonObject json, String key, String where) {
        JsonValue value = json.get(key);
        if (!(value instanceof JsonString text)) {
            throw new IllegalArgumentException(where + " needs a text \"" + key + "\"");
        }
        return text.getString();
    }

    static JsonObject object(JsonObject json, String key, String where) {
        JsonValue value = json.get(key);
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new IllegalArgumentException(where + " needs an object \"" + key + "\"");
        }
        return value.asJsonObject();
    }

    static List<JsonObject> objects(JsonObject json, String key, String where) {
        JsonArray array = array(json, key, where);
        List<JsonObject> objects = new ArrayList<>(array.size());
        for (JsonValue item : array) {
            if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new IllegalArgumentException(where + "." + key + " must hold objects only");
            }
            objects.add(item.asJsonObject());
        }
        return objects;
    }

    static List<String> strings(JsonObject json, String key, String where) {
        JsonArray array = array(json, key, where);
        List<String> strings = new ArrayList<>(array.size());
        for (JsonValue item : array) {
            if (!(item instanceof JsonString text)) {
                throw new IllegalArgumentException(where + "." + key + " must hold texts only");
            }
            strings.add(text.getString());
        }
        return strings;
    }

    static JsonArray array(JsonObject json, String key, String where) {
        JsonValue value = json.get(key);
        if (value == null || value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new IllegalArgumentException(where + " needs a list \"" + key + "\"");
        }
        return value.asJsonArray();
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String name, String where) {
        Objects.requireNonNull(name, where);
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": unknown value \"" + name + "\"", e);
        }
    }

    /** The names in a list as enum values of the type, refused naming the place when one is unknown. */
    static <E extends Enum<E>> Set<E> enums(Class<E> type, JsonObject json, String key, String where) {
        Set<E> values = EnumSet.noneOf(type);
        for (String name : strings(json, key, where)) {
            values.add(enumValue(type, name, where + "." + key));
        }
        return values;
    }

    static boolean bool(JsonObject json, String key, String where) {
        JsonValue value = json.get(key);
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
            throw new IllegalArgumentException(where + " needs true or false \"" + key + "\"");
        }
        return value == JsonValue.TRUE;
    }

    static int integer(JsonValue value, String where) {
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            throw new IllegalArgumentException(where + " must be a whole number");
        }
        return number.intValueExact();
    }

    /** A resource shipped in this module, opened for one of the loaders. */
    static InputStream bundled(String resource, Function<String, ? extends RuntimeException> missing) {
        InputStream in = JsonFields.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw missing.apply("the bundled file " + resource + " is missing");
        }
        return in;
    }

    /** A file a deployment configured, opened for one of the loaders. */
    static InputStream file(Path file, BiFunction<String, Throwable, ? extends RuntimeException> unreadable) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw unreadable.apply("cannot read the file " + file, e);
        }
    }

    /** Refuses a field the format does not have, so a misspelt optional field is not silently ignored. */
    static void onlyKeys(JsonObject json, Set<String> known, String where) {
        for (String key : json.keySet()) {
            if (!known.contains(key)) {
                throw new IllegalArgumentException(where + " has an unknown field \"" + key + "\" (known: "
                        + String.join(", ", new TreeSet<>(known)) + ")");
            }
        }
    }
}
