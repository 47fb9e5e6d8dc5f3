package com.laca.adapter.rest.common;

/**
 * What a missing JSON body is told: JAX-RS hands a missing body over as {@code null}, which would otherwise end in a
 * 500, so every entity parameter is declared {@code @NotNull(message = Bodies.REQUIRED) @Valid} and the refusal is
 * named {@code body}.
 */
public final class Bodies {

    /** The message of the {@code body} field when the request has no JSON body. */
    public static final String REQUIRED = "a JSON request body is required";

    private Bodies() {
    }
}
