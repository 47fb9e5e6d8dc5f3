package com.laca.adapter.rest.problem;

import com.laca.application.shared.AffectsBookingsException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers 409 listing the booked appointments a schedule change would break, so none is orphaned silently. */
@Provider
public class AffectsBookingsMapper implements ExceptionMapper<AffectsBookingsException> {

    @Context
    private UriInfo uriInfo;

    @Override
    public Response toResponse(AffectsBookingsException exception) {
        String path = uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
        return Response.status(Response.Status.CONFLICT).type(Problem.MEDIA_TYPE)
                .entity(AffectsBookingsProblem.of(exception.getMessage(), path, exception.appointments())).build();
    }
}
