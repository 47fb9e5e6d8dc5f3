package com.laca.adapter.rest.problem;

import com.laca.application.shared.InvalidInputException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers 400 naming each bad field, so a form can show the error next to the field. */
@Provider
public class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(InvalidInputException exception) {
        return ProblemResponses.of(exception, uriInfo);
    }
}
