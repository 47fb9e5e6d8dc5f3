package com.laca.application.shared;

import java.util.Map;

/** Input that is well-formed but names something unusable, e.g. a location id from nowhere, reported per field. */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(String field, String problem) {
        super(field + ": " + problem);
        this.fieldErrors = Map.of(field, problem);
    }

    /** Several bad fields at once, so a form learns of every one in a single answer; the map must not be empty. */
    public InvalidInputException(Map<String, String> fieldErrors) {
        super(String.join("; ", new java.util.TreeMap<>(fieldErrors).entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue()).toList()));
        if (fieldErrors.isEmpty()) {
            throw new IllegalArgumentException("at least one field error is needed");
        }
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    /** Field name → what is wrong with it. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
