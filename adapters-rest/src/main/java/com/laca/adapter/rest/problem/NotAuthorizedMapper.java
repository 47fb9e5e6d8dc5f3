package com.laca.adapter.rest.problem;

import com.laca.adapter.rest.security.CallerFromToken;
import com.laca.adapter.rest.security.RefusedTokenException;
import com.laca.adapter.rest.security.SecurityLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Answers 401 with a bearer challenge when a staff endpoint is called without a valid access token, and logs the
 * refusal as one line.
 */
@Provider
public class NotAuthorizedMapper implements ExceptionMapper<NotAuthorizedException> {

    @Context
    private UriInfo uriInfo;
    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(NotAuthorizedException exception) {
        String what = exception instanceof RefusedTokenException refused ? refused.reason()
                : "a request without a usable bearer token";
        if (request != null) {
            SecurityLog.refused(what, request.getMethod(), request.getRequestURI(), request.getRemoteAddr());
        }
        return Response.fromResponse(Problems.response(ProblemResponses.located(Problems.forStatus(401), uriInfo)))
                .header(HttpHeaders.WWW_AUTHENTICATE, CallerFromToken.BEARER_CHALLENGE).build();
    }
}
