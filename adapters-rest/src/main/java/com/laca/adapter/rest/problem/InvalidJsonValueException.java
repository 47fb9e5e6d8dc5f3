package com.laca.adapter.rest.problem;

import jakarta.json.bind.JsonbException;

/**
 * Thrown while binding a request body when a JSON value has the wrong kind for its field (a fraction or a string for
 * a whole number, anything but {@code true}/{@code false} for a flag), so the 400 can say what the field must be.
 */
public class InvalidJsonValueException extends JsonbException {

    private final String expectation;

    /** @param expectation what the field must be, e.g. "must be a whole number" */
    public InvalidJsonValueException(String expectation) {
        super(expectation);
        this.expectation = expectation;
    }

    /** What the field must be, written to follow the field's name. */
    public String expectation() {
        return expectation;
    }
}
