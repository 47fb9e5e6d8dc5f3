package com.laca.adapter.rest.problem;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers 400 for a request entity Jersey could not read, e.g. malformed JSON. */
@Provider
public class ProcessingExceptionMapper implements ExceptionMapper<ProcessingException> {

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(ProcessingException exception) {
        return ProblemResponses.of(exception, uriInfo);
    }
}
