package com.laca.adapter.rest.common;

import com.laca.application.shared.NotFoundException;
import java.util.UUID;
import java.util.function.Function;

/**
 * Turns a path segment into a typed id; a segment that is not a UUID names no record, so it is a 404 like any
 * unknown id rather than a 500 from a parser.
 */
public final class PathIds {

    private static final String UUID_SHAPE =
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";

    private PathIds() {
    }

    public static <I> I parse(String segment, String kind, Function<UUID, I> constructor) {
        if (segment == null || !segment.matches(UUID_SHAPE)) {
            throw new NotFoundException(kind, "with that id");
        }
        return constructor.apply(UUID.fromString(segment));
    }
}
