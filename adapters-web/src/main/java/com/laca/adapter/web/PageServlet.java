package com.laca.adapter.web;

import com.laca.application.tenancy.port.in.FindTenantQuery;
import com.laca.application.tenancy.port.in.PublicClinicQuery;
import com.laca.domain.tenancy.Branding;
import com.laca.domain.tenancy.Tenant;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Serves the page shells: {@code /book/{slug}} (the booking wizard), {@code /book/{slug}/manage} (one booking, its token
 * in the URL's fragment so it never reaches a server log), {@code /book/{slug}/pre-visit} (the questionnaire and consent
 * before the visit, opened the same way) and {@code /staff}. The clinic's name, colours and logo are
 * in the HTML itself, so the first paint already shows whose page it is; the rest is the page's script over the API.
 */
public class PageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient FindTenantQuery tenants;
    @Inject
    private transient PublicClinicQuery clinics;
    private transient PageRenderer renderer;

    @Override
    public void init() {
        renderer = new PageRenderer(Assets.versionOf(getServletContext()::getResourceAsStream));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String nonce = (String) request.getAttribute(PageHeadersFilter.NONCE_ATTRIBUTE);
        if (path.equals("/staff") || path.equals("/staff/")) {
            write(response, 200, renderer.staff(nonce));
            return;
        }
        Optional<PageRequest> page = PageRequest.parse(path);
        Optional<Tenant> tenant = page.flatMap(p -> tenants.findActiveBySlug(p.slug()));
        if (tenant.isEmpty()) {
            write(response, 404, renderer.notFound(nonce));
            return;
        }
        boolean customDomain = request.getAttribute(CustomDomainFilter.CUSTOM_DOMAIN_ATTRIBUTE) != null;
        Branding branding = clinics.branding(tenant.get());
        String base = customDomain ? "" : "/book/" + tenant.get().slug().value();
        write(response, 200, renderer.clinicPage(page.get().kind(), tenant.get(), branding, base, nonce));
    }

    private static void write(HttpServletResponse response, int status, String html) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        try (Writer writer = response.getWriter()) {
            writer.write(html);
        }
    }
}
