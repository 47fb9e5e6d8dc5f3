package com.laca.adapter.rest.common;

import com.laca.adapter.rest.problem.InvalidJsonValueException;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.io.StringReader;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/**
 * The JSON-B configuration request bodies are read with: whole-number fields take only JSON numbers without a
 * fraction and within their type's range, and flags only {@code true} or {@code false}, because Yasson on its own
 * truncates 1.5 to 1, wraps numbers past the range, reads "12" as 12 and reads "x", -1 or "" as {@code false}.
 *
 * <p>It covers {@link Integer}, {@link Long} and {@link Boolean}; request records therefore never declare the
 * primitive types, which Yasson would still read leniently ({@code StrictJsonTest} checks every request record).
 */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(config());

    /**
     * Made once: {@code Json.createReader(…)} looks the JSON provider up through the service loader on every call,
     * which scans the application's class path each time.
     */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    /** The configuration, for tests that bind records exactly as the server does. */
    public static JsonbConfig config() {
        return new JsonbConfig().withDeserializers(new WholeIntegers(), new WholeLongs(), new Flags());
    }

    /** Binds a JSON object to a request record exactly as a request body is bound. */
    public static <T> T bind(JsonObject json, Class<T> type) {
        return JSONB.fromJson(json.toString(), type);
    }

    /** A response record as the JSON object the server would send. */
    public static JsonObject toJsonObject(Object value) {
        try (JsonReader reader = READERS.createReader(new StringReader(JSONB.toJson(value)))) {
            return reader.readObject();
        }
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }

    /** The value as a whole number in the range, {@code null} for JSON null, or an exception saying what it must be. */
    private static Long wholeNumber(JsonParser parser, long min, long max) {
        JsonValue value = parser.getValue();
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.NUMBER) {
            throw new InvalidJsonValueException("must be a whole number");
        }
        BigDecimal number = ((JsonNumber) value).bigDecimalValue();
        if (!isWhole(number)) {
            throw new InvalidJsonValueException("must be a whole number");
        }
        if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
            throw new InvalidJsonValueException("must be a whole number from " + min + " to " + max);
        }
        return number.longValueExact();
    }

    /**
     * Whether the number has no fraction; 30 and 30.0 are whole, 30.9 and 1e-9 are not. The cheap cases come first
     * so that a number with a huge exponent costs no arithmetic.
     */
    private static boolean isWhole(BigDecimal number) {
        if (number.signum() == 0 || number.scale() <= 0) {
            return true;
        }
        if (number.precision() <= number.scale()) {
            return false;
        }
        return number.setScale(0, RoundingMode.DOWN).compareTo(number) == 0;
    }

    /** Reads {@link Integer} fields strictly. */
    static final class WholeIntegers implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            Long value = wholeNumber(parser, Integer.MIN_VALUE, Integer.MAX_VALUE);
            return value == null ? null : value.intValue();
        }
    }

    /** Reads {@link Long} fields strictly. */
    static final class WholeLongs implements JsonbDeserializer<Long> {
        @Override
        public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return wholeNumber(parser, Long.MIN_VALUE, Long.MAX_VALUE);
        }
    }

    /** Reads {@link Boolean} fields strictly. */
    static final class Flags implements JsonbDeserializer<Boolean> {
        @Override
        public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
            return switch (parser.getValue().getValueType()) {
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                case NULL -> null;
                default -> throw new InvalidJsonValueException("must be true or false");
            };
        }
    }
}
