package com.laca.adapter.rest.http;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;

/**
 * Serves Swagger UI at {@code /openapi/ui/} from the swagger-ui WebJar, because Payara Micro 6 has no browsable API
 * description of its own; the page reads the same {@code /openapi} document every client gets, and loads nothing but
 * its own files, so its Content-Security-Policy can stay strict.
 */
public class ApiExplorerServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String WEBJAR = "META-INF/resources/webjars/swagger-ui/";
    private static final String OWN = "/com/laca/adapter/rest/http/";
    /** The files the page needs: our own page and start-up script, and the WebJar's bundle and style. */
    private static final Map<String, String> FILES = Map.of(
            "index.html", "text/html;charset=UTF-8",
            "laca-explorer.js", "text/javascript;charset=UTF-8",
            "swagger-ui-bundle.js", "text/javascript;charset=UTF-8",
            "swagger-ui.css", "text/css;charset=UTF-8",
            "favicon-32x32.png", "image/png");
    /** Scripts and styles from this page's origin only; Swagger UI sets inline styles and shows inline images. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' "
            + "'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; "
            + "form-action 'none'";

    private String webJarVersion;

    @Override
    public void init() {
        Properties pom = new Properties();
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in != null) {
                pom.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        webJarVersion = pom.getProperty("version");
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String file = request.getPathInfo();
        if (file == null) {
            response.sendRedirect(request.getContextPath() + "/openapi/ui/");
            return;
        }
        file = file.equals("/") ? "index.html" : file.substring(1);
        String type = FILES.get(file);
        InputStream in = type == null ? null : open(file);
        if (in == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (in) {
            response.setContentType(type);
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            response.setHeader("Cache-Control", file.endsWith(".html") ? "no-cache" : "public, max-age=86400");
            in.transferTo(response.getOutputStream());
        }
    }

    private InputStream open(String file) {
        if (file.equals("index.html") || file.startsWith("laca-")) {
            return getClass().getResourceAsStream(OWN + "explorer-" + file);
        }
        return webJarVersion == null ? null
                : getClass().getClassLoader().getResourceAsStream(WEBJAR + webJarVersion + "/" + file);
    }
}
