package com.laca.adapter.rest.problem;

import com.laca.adapter.rest.security.SecurityLog;
import com.laca.application.shared.AccessDeniedException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Answers 403 when a permission check refuses the caller's roles, and logs the refusal as one line. */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<AccessDeniedException> {

    @Context
    private UriInfo uriInfo;
    @Context
    private HttpServletRequest request;

    @Override
    public Response toResponse(AccessDeniedException exception) {
        if (request != null) {
            SecurityLog.refused("a request (the caller's roles lack " + exception.permission() + ")",
                    request.getMethod(), request.getRequestURI(), request.getRemoteAddr());
        }
        return ProblemResponses.of(exception, uriInfo);
    }
}
