package com.laca.adapter.rest.http;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

/**
 * A request for the OpenAPI document that asks for JSON whatever the client asked, so the document can be read and
 * filtered before anyone sees it; the client's own choice of format is honoured afterwards.
 */
final class JsonOnlyRequest extends HttpServletRequestWrapper {

    private static final String ACCEPT = "Accept";
    private static final String JSON = "application/json";

    JsonOnlyRequest(HttpServletRequest request) {
        super(request);
    }

    @Override
    public String getHeader(String name) {
        return ACCEPT.equalsIgnoreCase(name) ? JSON : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        return ACCEPT.equalsIgnoreCase(name) ? Collections.enumeration(List.of(JSON)) : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
        List<String> names = Collections.list(super.getHeaderNames());
        if (names.stream().noneMatch(ACCEPT::equalsIgnoreCase)) {
            names.add(ACCEPT);
        }
        return Collections.enumeration(names);
    }

    @Override
    public String getQueryString() {
        return null;
    }

    @Override
    public String getParameter(String name) {
        return null;
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return Map.of();
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.emptyEnumeration();
    }

    @Override
    public String[] getParameterValues(String name) {
        return null;
    }
}
