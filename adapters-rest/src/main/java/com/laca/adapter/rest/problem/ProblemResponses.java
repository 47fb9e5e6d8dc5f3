package com.laca.adapter.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one path from an exception to a response that every mapper takes: classify, locate, and log server-side failures
 * (never request bodies), so no mapper can forget a step.
 */
final class ProblemResponses {

    private static final Logger LOG = Logger.getLogger(ProblemResponses.class.getName());

    /** How long a client should wait before trying again while the database cannot be reached. */
    static final String RETRY_AFTER_SECONDS = "5";

    private ProblemResponses() {
    }

    static Response of(Throwable exception, UriInfo uriInfo) {
        Problem problem = Problems.forException(exception);
        if (problem.status() == 503 && Problems.databaseUnreachable(exception)) {
            LOG.warning(() -> "Database unreachable, answered 503: " + exception.getClass().getName());
            return Response.fromResponse(Problems.response(located(problem, uriInfo)))
                    .header("Retry-After", RETRY_AFTER_SECONDS).build();
        }
        if (problem.status() >= 500) {
            LOG.log(Level.WARNING, "Unhandled " + exception.getClass().getName() + " answered with "
                    + problem.status(), exception);
        }
        if (problem.type().equals(ProblemType.MALFORMED_BODY.uri()) && problem.errors() == null
                && !(exception instanceof ProblemException)) {
            LOG.info(() -> "A well-formed request body could not be bound: " + causes(exception));
        }
        return Problems.response(located(problem, uriInfo));
    }

    /**
     * The classes down the cause chain and where the deepest one was thrown, never their messages (a binder's message
     * may quote the body), so a body that did not bind can be told apart from one that could not be read.
     */
    static String causes(Throwable exception) {
        StringBuilder chain = new StringBuilder();
        Throwable deepest = exception;
        int depth = 0;
        for (Throwable t = exception; t != null && depth < Problems.MAX_CAUSES; t = t.getCause(), depth++) {
            chain.append(depth == 0 ? "" : " <- ").append(t.getClass().getName());
            deepest = t;
        }
        StackTraceElement[] trace = deepest.getStackTrace();
        return trace.length == 0 ? chain.toString() : chain + " at " + trace[0];
    }

    static Problem located(Problem problem, UriInfo uriInfo) {
        if (uriInfo == null) {
            return problem;
        }
        try {
            return problem.at(uriInfo.getRequestUri().getRawPath());
        } catch (RuntimeException e) {
            return problem;
        }
    }
}
