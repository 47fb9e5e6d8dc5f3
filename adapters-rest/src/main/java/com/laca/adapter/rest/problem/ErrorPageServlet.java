package com.laca.adapter.rest.problem;

import com.laca.adapter.rest.security.SecurityLog;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The container's error page (registered in this jar's {@code web-fragment.xml}): errors raised outside JAX-RS, such
 * as the MP-JWT mechanism's 401 or an unmapped path, become problem+json instead of the server's HTML page; the
 * mechanism's 401, a refused bearer token, is logged as one line (Payara's own stack trace is quietened at start).
 */
@WebServlet(urlPatterns = ErrorPageServlet.PATH)
public class ErrorPageServlet extends HttpServlet {

    /** Where {@code web-fragment.xml} sends every error. */
    public static final String PATH = "/problem-error-page";

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer value && value >= 400 && value <= 599 ? value : 404;
        Problem problem = Problems.forStatus(status);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path) {
            problem = problem.at(path);
        }
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            SecurityLog.refused("a bearer token (unreadable, or its signature, issuer, audience, type or expiry is "
                    + "wrong)", request.getMethod(), uri instanceof String path ? path : request.getRequestURI(),
                    request.getRemoteAddr());
        }
        ServletProblems.write(request.getMethod(), response, problem);
    }
}
