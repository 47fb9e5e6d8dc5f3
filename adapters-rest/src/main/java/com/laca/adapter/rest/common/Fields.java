package com.laca.adapter.rest.common;

import com.laca.application.shared.InvalidInputException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Converts the text fields of request records into domain values, throwing {@link InvalidInputException} that names
 * the JSON field, so an unknown enum value or a bad UUID is a 400 the client can act on.
 */
public final class Fields {

    /** What a missing or blank required field is told. */
    public static final String REQUIRED = "is required";

    private static final int MAX_LIST = 50;

    private Fields() {
    }

    /**
     * The value, or a 400 saying the field is required: for a field required only in some cases (a lesson's url when
     * its kind is VIDEO), which an annotation cannot say; a field always required is {@code @NotNull}/{@code @NotBlank}.
     */
    public static <T> T required(T value, String field) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        return value;
    }

    /** The value, or the default when the client left the field out. */
    public static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }

    /** A required enum constant, matched exactly by name. */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String text, String field) {
        return parseEnum(type, required(text, field), field);
    }

    /** An optional enum constant: {@code null} or blank means none. */
    public static <E extends Enum<E>> E optionalEnum(Class<E> type, String text, String field) {
        return text == null || text.isBlank() ? null : parseEnum(type, text, field);
    }

    /** Each element converted; a {@code null} list is empty. */
    public static <T> Set<T> each(Collection<String> texts, String field, Function<String, T> converter) {
        if (texts == null) {
            return Set.of();
        }
        if (texts.size() > MAX_LIST) {
            throw new InvalidInputException(field, "must have at most " + MAX_LIST + " entries");
        }
        Set<T> values = new LinkedHashSet<>();
        for (String text : texts) {
            values.add(converter.apply(required(text, field)));
        }
        return values;
    }

    /** A set of enum constants from their names. */
    public static <E extends Enum<E>> Set<E> enumSet(Class<E> type, Collection<String> texts, String field) {
        return each(texts, field, text -> parseEnum(type, text, field));
    }

    /** A required UUID in canonical text form. */
    public static UUID uuid(String text, String field) {
        String value = required(text, field).trim();
        try {
            UUID parsed = UUID.fromString(value);
            if (parsed.toString().equalsIgnoreCase(value)) {
                return parsed;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new InvalidInputException(field, "must be a UUID such as 3f1c2a9e-8b1d-4c55-9a0e-2f6d7b8c9d10");
    }

    /** A required IANA time-zone id. */
    public static ZoneId zone(String text, String field) {
        try {
            return ZoneId.of(required(text, field).trim());
        } catch (DateTimeException e) {
            throw new InvalidInputException(field, "must be an IANA time-zone id such as Europe/London");
        }
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String text, String field) {
        try {
            return Enum.valueOf(type, text.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "must be one of " + names(type));
        }
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
