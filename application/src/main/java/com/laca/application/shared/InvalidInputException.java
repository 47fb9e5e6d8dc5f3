package com.laca.application.shared;

import java.util.Map;

/** Input that is well-formed but names something unusable, e.g. a location id from nowhere, reported per field. */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(String field, String problem) {
        super(field + ": " + problem);
        this.fieldErrors = Map.of(field, problem);
    }

    /** Several wrong fields at once, e.g. one per refused questionnaire answer; at least one. */
    public InvalidInputException(Map<String, String> fieldErrors) {
        super(String.join(", ", fieldErrors.keySet()) + ": invalid");
        if (fieldErrors.isEmpty()) {
            throw new IllegalArgumentException("name at least one wrong field");
        }
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    /** Field name → what is wrong with it. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
