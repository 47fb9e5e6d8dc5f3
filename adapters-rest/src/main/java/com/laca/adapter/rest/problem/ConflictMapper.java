package com.laca.adapter.rest.problem;

import com.laca.application.shared.ConflictException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers 409 when a change would break a uniqueness or reference rule. */
@Provider
public class ConflictMapper implements ExceptionMapper<ConflictException> {

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(ConflictException exception) {
        return ProblemResponses.of(exception, uriInfo);
    }
}
