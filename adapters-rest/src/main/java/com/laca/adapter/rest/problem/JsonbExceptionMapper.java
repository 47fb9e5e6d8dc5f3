package com.laca.adapter.rest.problem;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers 400 for JSON that does not bind to the request record, naming the property when the binder does. */
@Provider
public class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(JsonbException exception) {
        return ProblemResponses.of(exception, uriInfo);
    }
}
