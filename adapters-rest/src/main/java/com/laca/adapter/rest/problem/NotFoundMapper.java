package com.laca.adapter.rest.problem;

import com.laca.application.shared.NotFoundException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers 404, which is also what another tenant's record looks like, so ids reveal nothing. */
@Provider
public class NotFoundMapper implements ExceptionMapper<NotFoundException> {

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(NotFoundException exception) {
        return ProblemResponses.of(exception, uriInfo);
    }
}
