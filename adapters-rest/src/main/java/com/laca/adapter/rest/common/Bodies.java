package com.laca.adapter.rest.common;

import com.laca.application.shared.InvalidInputException;

/** Guards against a missing JSON body, which JAX-RS hands over as {@code null} and would otherwise end in a 500. */
public final class Bodies {

    private Bodies() {
    }

    public static <T> T required(T body) {
        if (body == null) {
            throw new InvalidInputException("body", "a JSON request body is required");
        }
        return body;
    }
}
