package com.laca.adapter.rest.common;

import com.laca.application.shared.InvalidInputException;
import com.laca.application.shared.PageRequest;

/**
 * Reads {@code ?page=&size=} as text so a non-number is a 400 naming the parameter, not JAX-RS's bare 404.
 */
public final class Paging {

    /** The page size when the client does not ask for one. */
    public static final int DEFAULT_SIZE = 20;

    private Paging() {
    }

    public static PageRequest of(String page, String size) {
        int p = number(page, "page", 0, Integer.MAX_VALUE / PageRequest.MAX_SIZE, 0);
        int s = number(size, "size", 1, PageRequest.MAX_SIZE, DEFAULT_SIZE);
        return new PageRequest(p, s);
    }

    /** An optional whole-number query parameter within bounds; anything else is a 400 naming the parameter. */
    public static int number(String text, String name, int min, int max, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the allowed range
        }
        throw new InvalidInputException(name, "must be a whole number from " + min + " to " + max);
    }
}
