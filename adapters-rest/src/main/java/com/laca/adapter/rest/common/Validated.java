package com.laca.adapter.rest.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Set;

/**
 * Validates a request record the adapter binds itself (a PUT or a merged PATCH of a clinic record), so it is held to
 * the same annotations, and refused with the same 400, as a body JAX-RS binds and validates.
 */
public final class Validated {

    private static final class Holder {
        private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();
    }

    private Validated() {
    }

    /** The request, or a {@link ConstraintViolationException} naming each refused field. */
    public static <T> T of(T request) {
        Set<ConstraintViolation<T>> violations = Holder.VALIDATOR.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }
}
