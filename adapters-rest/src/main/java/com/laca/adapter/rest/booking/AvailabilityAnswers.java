package com.laca.adapter.rest.booking;

import com.laca.adapter.rest.problem.Problem;
import com.laca.adapter.rest.problem.ProblemType;
import com.laca.adapter.rest.problem.RefusalProblem;
import com.laca.application.booking.port.in.ClientAvailability;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * Turns "no slot for this client" into the same {@code treatment-not-allowed} problem a booking would get, so a
 * booking page shows the reason before the client fills in a form rather than after.
 */
final class AvailabilityAnswers {

    private AvailabilityAnswers() {
    }

    static Response refused(ClientAvailability.Refused refused, UriInfo uriInfo) {
        RefusalProblem problem = RefusalProblem.of(ProblemType.TREATMENT_NOT_ALLOWED, refused.reason(),
                refused.explanation(), uriInfo == null ? null : uriInfo.getRequestUri().getRawPath());
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
