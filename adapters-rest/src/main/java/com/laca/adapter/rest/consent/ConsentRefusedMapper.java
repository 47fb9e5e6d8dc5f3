package com.laca.adapter.rest.consent;

import com.laca.adapter.rest.problem.Problem;
import com.laca.adapter.rest.problem.ProblemType;
import com.laca.adapter.rest.problem.RefusalProblem;
import com.laca.application.consent.port.in.ConsentRefusedException;
import com.laca.domain.consent.ConsentProblem;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers a refused consent step as a problem naming the reason: 400 for what the signer sent (wrong version, an
 * image that is too large or not an image, a blank name, an unanswered photo question), 409 for what the clinic's
 * data or the consent's state does not allow; exhaustive, so a new reason cannot slip out unmapped.
 */
@Provider
public class ConsentRefusedMapper implements ExceptionMapper<ConsentRefusedException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ConsentRefusedException exception) {
        ConsentProblem problem = exception.problem();
        ProblemType type = switch (problem.reason()) {
            case WRONG_TEMPLATE_VERSION, SIGNATURE_TOO_LARGE, SIGNATURE_NOT_AN_IMAGE, TYPED_NAME_INVALID,
                 PHOTO_CONSENT_UNANSWERED, NOT_THE_COUNTERSIGNER -> ProblemType.VALIDATION;
            case MISSING_MERGE_FIELD, MISSING_MANDATORY_BLOCK, NO_TEMPLATE_IN_EFFECT, ILLEGAL_STEP,
                 CONSENT_NOT_SIGNED -> ProblemType.CONFLICT;
        };
        RefusalProblem body = RefusalProblem.of(type, problem.reason().name(), problem.message(),
                uriInfo == null ? null : uriInfo.getRequestUri().getRawPath());
        return Response.status(body.status()).type(Problem.MEDIA_TYPE).entity(body).build();
    }
}
