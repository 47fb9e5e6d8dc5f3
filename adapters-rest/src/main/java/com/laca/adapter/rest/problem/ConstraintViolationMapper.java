package com.laca.adapter.rest.problem;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers Jakarta Bean Validation's refusal of a request record or parameter ({@code @Valid}, {@code @NotBlank} and
 * the like) with the same validation problem as the hand-written checks, each field named as they name it.
 * Constraints stay out of {@code /openapi} ({@code mp.openapi.scan.beanvalidation=false}): Payara 6's generator takes
 * every constrained parameter for a {@code @PathParam} and fails the whole document on a record component or a query
 * parameter.
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        return ProblemResponses.of(exception, uriInfo);
    }
}
