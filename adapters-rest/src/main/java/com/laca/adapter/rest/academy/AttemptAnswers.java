package com.laca.adapter.rest.academy;

import com.laca.domain.academy.assessment.AttemptResult;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.Function;

/**
 * Turns an {@link AttemptResult} into an answer: the attempt (a finish already made answers the attempt as first
 * finished, 200, so a repeated finish is harmless) or a 409 naming the refusal (TIME_UP, STALE_SEQUENCE, ...), so no
 * refused answer can leave as a 200.
 */
final class AttemptAnswers {

    private AttemptAnswers() {
    }

    static Response of(AttemptResult result, Response.Status success,
                       Function<com.laca.domain.academy.assessment.Attempt, Object> body, UriInfo uriInfo) {
        if (result instanceof AttemptResult.Applied applied) {
            return Response.status(success).entity(body.apply(applied.attempt())).build();
        }
        if (result instanceof AttemptResult.AlreadyFinished finished) {
            return Response.ok(body.apply(finished.attempt())).build();
        }
        AttemptResult.Refused refused = (AttemptResult.Refused) result;
        return AcademyResponses.refusal(refused.reason().name(), refused.message(), uriInfo);
    }
}
