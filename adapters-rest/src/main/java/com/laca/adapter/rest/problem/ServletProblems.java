package com.laca.adapter.rest.problem;

import com.laca.adapter.rest.security.CallerFromToken;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes a problem straight onto a servlet response, for answers made before or outside JAX-RS (the container's
 * error page, the servlet filters at the edge), so they look exactly like the API's own problems.
 */
public final class ServletProblems {

    private static final Jsonb JSON = JsonbBuilder.create();

    private ServletProblems() {
    }

    /** Answers the problem, located at the request's path, discarding anything already buffered. */
    public static void answer(HttpServletRequest request, HttpServletResponse response, Problem problem)
            throws IOException {
        write(request.getMethod(), response, problem.at(request.getRequestURI()));
    }

    /** Answers the problem as it is; a HEAD request gets the status and headers only. */
    public static void write(String method, HttpServletResponse response, Problem problem) throws IOException {
        ProblemMetrics.count(problem);
        response.reset();
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (problem.status() == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", CallerFromToken.BEARER_CHALLENGE);
        }
        if (!"HEAD".equals(method)) {
            response.getWriter().write(JSON.toJson(problem));
        }
    }
}
