package com.laca.adapter.rest.academy;

import com.laca.adapter.rest.problem.Problem;
import com.laca.adapter.rest.problem.ProblemType;
import com.laca.adapter.rest.problem.RefusalProblem;
import com.laca.domain.academy.course.LessonCompletionResult;
import com.laca.domain.academy.enrolment.EnrolmentResult;
import com.laca.domain.academy.practice.PracticeResult;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns the academy's sealed results into answers: the applied change, or a 409 refusal problem whose
 * {@code reason} is the domain's stable code, so no refusal can leave as a 200.
 */
final class AcademyResponses {

    private AcademyResponses() {
    }

    static Response enrolment(EnrolmentResult result, Response.Status success,
                              Function<EnrolmentResult.Applied, Object> body, UriInfo uriInfo) {
        if (result instanceof EnrolmentResult.Applied applied) {
            return Response.status(success).entity(body.apply(applied)).build();
        }
        EnrolmentResult.Refused refused = (EnrolmentResult.Refused) result;
        String detail = refused.message();
        if (!refused.prerequisites().isEmpty()) {
            detail += ": " + refused.prerequisites().stream().map(c -> c.reason()).collect(Collectors.joining("; "));
        }
        if (!refused.missing().isEmpty()) {
            detail += ": " + refused.missing().stream().map(c -> c.detail()).collect(Collectors.joining("; "));
        }
        return refusal(refused.reason().name(), detail, uriInfo);
    }

    static Response lesson(LessonCompletionResult result, UriInfo uriInfo) {
        if (result instanceof LessonCompletionResult.Recorded) {
            return Response.noContent().build();
        }
        LessonCompletionResult.Refused refused = (LessonCompletionResult.Refused) result;
        return refusal(refused.reason().name(), refused.message(), uriInfo);
    }

    /** A practice command's answer: the applied state with {@code success}, or a 409 naming any unticked items. */
    static <T> Response practice(PracticeResult<T> result, Response.Status success, Function<T, Object> body,
                                 UriInfo uriInfo) {
        if (result instanceof PracticeResult.Applied<T> applied) {
            return Response.status(success).entity(body.apply(applied.value())).build();
        }
        PracticeResult.Refused<T> refused = (PracticeResult.Refused<T>) result;
        String detail = refused.missing().isEmpty() ? refused.message()
                : refused.message() + ": " + String.join("; ", refused.missing());
        return refusal(refused.reason().name(), detail, uriInfo);
    }

    /** The academy's one refusal answer: 409, the domain's reason code, and the request's path as the instance. */
    static Response refusal(String reason, String detail, UriInfo uriInfo) {
        RefusalProblem problem = RefusalProblem.of(ProblemType.TRANSITION_REFUSED, reason, detail,
                uriInfo == null ? null : uriInfo.getRequestUri().getPath());
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
