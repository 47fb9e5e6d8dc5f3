package com.laca.application.shared;

import java.util.Map;

/** Input that is well-formed but names something unusable, e.g. a location id from nowhere, reported per field. */
public class InvalidInputException extends RuntimeException {

    private final Map<String, String> fieldErrors;

    public InvalidInputException(String field, String problem) {
        super(field + ": " + problem);
        this.fieldErrors = Map.of(field, problem);
    }

    /** Field name → what is wrong with it. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }
}
