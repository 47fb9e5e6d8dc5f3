package com.laca.adapter.web;

import com.laca.application.tenancy.port.in.PublicClinicQuery;
import com.laca.domain.tenancy.Tenant;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * Opens a clinic's booking page at {@code /} (its manage page at {@code /manage}, its pre-visit page at
 * {@code /pre-visit}) of the clinic's own domain, found by the Host header. Only those paths are looked at, so the API
 * and everything else pass untouched.
 */
public class CustomDomainFilter extends HttpFilter {

    /** The request attribute telling the page it is served at a custom domain's root. */
    static final String CUSTOM_DOMAIN_ATTRIBUTE = CustomDomainFilter.class.getName() + ".tenant";

    private static final long serialVersionUID = 1L;

    @Inject
    private transient PublicClinicQuery clinics;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String page = switch (path) {
            case "/", "" -> "";
            case "/manage" -> "/manage";
            case "/pre-visit" -> "/pre-visit";
            default -> null;
        };
        if (page == null || !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Tenant> tenant = clinics.findActiveByDomain(request.getHeader("Host"));
        if (tenant.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        request.setAttribute(CUSTOM_DOMAIN_ATTRIBUTE, tenant.get());
        request.getRequestDispatcher("/book/" + tenant.get().slug().value() + page).forward(request, response);
    }
}
