package com.laca.adapter.rest.http;

import com.laca.adapter.rest.common.GzipWriterInterceptor;
import com.laca.adapter.rest.problem.ProblemType;
import com.laca.adapter.rest.problem.Problems;
import com.laca.adapter.rest.problem.ServletProblems;
import com.laca.domain.identity.Permission;
import com.laca.domain.identity.PermissionMatrix;
import com.laca.domain.identity.Role;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.GZIPOutputStream;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Keeps the operations endpoints to those who run the platform: {@code /metrics} (which reveals load, errors and the
 * runtime) only to the platform administrator's token, and {@code /openapi} in full only to them, everyone else getting
 * it without the administration section. On the optional management port ({@code laca.http.management-port}), meant to
 * be reachable only from inside the operator's network, health, metrics and the full description need no token, and
 * nothing else is served there.
 */
public class OperationsAccessFilter extends HttpFilter {

    /** The configuration key for the management port; unset, there is none. */
    public static final String MANAGEMENT_PORT_KEY = "laca.http.management-port";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(OperationsAccessFilter.class.getName());
    private static final String METRICS = "/metrics";
    private static final String OPENAPI = "/openapi";
    private static final String OPENAPI_UI = OPENAPI + "/ui";
    private static final List<String> OPERATIONS = List.of("/health", METRICS, OPENAPI);
    private static final int NONE = -1;

    /**
     * Made once: {@code Json.createReader(…)} and {@code Json.createWriter(…)} look the JSON provider up through the
     * service loader on every call, which scans the application's class path each time.
     */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());
    /** Made once, like {@link #READERS}, for writing the filtered document. */
    private static final JsonWriterFactory WRITERS = Json.createWriterFactory(Map.of());

    private int managementPort = NONE;

    @Override
    public void init() {
        managementPort = ConfigProvider.getConfig().getOptionalValue(MANAGEMENT_PORT_KEY, Integer.class).orElse(NONE);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (managementPort != NONE && managementPort == request.getLocalPort()) {
            if (OPERATIONS.stream().anyMatch(prefix -> under(path, prefix))) {
                chain.doFilter(request, response);
            } else {
                ServletProblems.answer(request, response, Problems.forStatus(404));
            }
        } else if (under(path, METRICS)) {
            guardMetrics(request, response, chain);
        } else if (under(path, OPENAPI) && !under(path, OPENAPI_UI) && !"HEAD".equals(request.getMethod())) {
            answerDescription(request, response, chain, !isPlatformAdministrator(request));
        } else {
            chain.doFilter(request, response);
        }
    }

    private static void guardMetrics(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isPlatformAdministrator(request)) {
            chain.doFilter(request, response);
        } else if (request.getUserPrincipal() == null) {
            ServletProblems.answer(request, response, Problems.forStatus(401));
        } else {
            ServletProblems.answer(request, response,
                    ProblemType.FORBIDDEN.problem("Metrics are for the platform administrator."));
        }
    }

    /**
     * Fetches the description as JSON, drops Payara's non-standard index (and the administration section for anyone but
     * the platform administrator), and answers in the format asked for.
     */
    private static void answerDescription(HttpServletRequest request, HttpServletResponse response,
                                          FilterChain chain, boolean publicOnly) throws IOException, ServletException {
        CapturedResponse captured = new CapturedResponse(response);
        chain.doFilter(new JsonOnlyRequest(request), captured);
        byte[] body = captured.body();
        if (captured.getStatus() != HttpServletResponse.SC_OK || body.length == 0) {
            if (body.length > 0) {
                response.getOutputStream().write(body);
            }
            return;
        }
        JsonObject full;
        try (JsonReader reader = READERS.createReader(new ByteArrayInputStream(body))) {
            full = reader.readObject();
        } catch (JsonException | ClassCastException e) {
            LOG.log(Level.WARNING, "The OpenAPI document was not JSON; refusing to publish it unfiltered", e);
            ServletProblems.answer(request, response, Problems.forStatus(500));
            return;
        }
        response.setContentType(wantsJson(request) ? "application/json" : "text/plain");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.addHeader("Vary", "Accept-Encoding");
        OutputStream out = response.getOutputStream();
        if (GzipWriterInterceptor.acceptsGzip(request.getHeader("Accept-Encoding"))) {
            response.setHeader("Content-Encoding", "gzip");
            out = new GZIPOutputStream(out);
        }
        try (JsonWriter writer = WRITERS.createWriter(out)) {
            writer.writeObject(PublicApiDocument.standard(publicOnly ? PublicApiDocument.of(full) : full));
        }
    }

    /** JSON is also YAML: a client asking for the default YAML gets the same document in JSON's flow style. */
    private static boolean wantsJson(HttpServletRequest request) {
        String format = request.getParameter("format");
        String accept = request.getHeader("Accept");
        return "json".equalsIgnoreCase(format) || accept != null && accept.contains("application/json");
    }

    private static boolean isPlatformAdministrator(HttpServletRequest request) {
        if (request.getUserPrincipal() == null) {
            return false;
        }
        List<Role> roles = Arrays.stream(Role.values()).filter(role -> request.isUserInRole(role.name())).toList();
        return PermissionMatrix.allowsAny(roles, Permission.TENANTS_MANAGE);
    }

    private static boolean under(String path, String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
