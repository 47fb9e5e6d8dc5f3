package com.laca.adapter.rest.http;

import com.laca.adapter.rest.problem.ProblemType;
import com.laca.adapter.rest.problem.ServletProblems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Refuses CONNECT and TRACE with 405 before anything reads the request: a CONNECT's body never ends, so reading it
 * would hold a worker thread until the read time-out, and TRACE would echo the caller's headers (cookies, tokens).
 * Payara's listener already refuses TRACE itself ({@code trace-enabled=false}); refusing it here as well means that
 * turning TRACE on there can never make the server echo a request.
 */
public class RefusedMethodsFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Set<String> REFUSED = Set.of("TRACE", "CONNECT");
    /** The methods this server implements; which of them a path accepts, its description in /openapi says. */
    static final String IMPLEMENTED = "GET, HEAD, POST, PUT, DELETE, OPTIONS";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!REFUSED.contains(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        ServletProblems.answer(request, response, ProblemType.METHOD_NOT_ALLOWED.problem(
                request.getMethod() + " is not allowed on this server."));
        response.setHeader("Allow", IMPLEMENTED);
        response.setHeader("Connection", "close");
    }
}
