package com.laca.adapter.rest.problem;

import com.laca.application.shared.VersionConflictException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers 412 when If-Match is stale, so a lost update becomes a visible retry. */
@Provider
public class VersionConflictMapper implements ExceptionMapper<VersionConflictException> {

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(VersionConflictException exception) {
        return ProblemResponses.of(exception, uriInfo);
    }
}
