package com.laca.adapter.web;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.laca.domain.tenancy.Branding;
import com.laca.domain.tenancy.Tenant;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders the one page shell (HTML-escaped by Mustache) for each page; kept free of the servlet API so it is tested
 * alone.
 */
final class PageRenderer {

    private static final String DEFAULT_NAME = "LACA";

    private final Mustache shell;
    private final String assetVersion;

    PageRenderer(String assetVersion) {
        this.shell = new DefaultMustacheFactory("META-INF/laca-web").compile("page.mustache");
        this.assetVersion = assetVersion;
    }

    String clinicPage(PageRequest.Kind kind, Tenant tenant, Branding branding, String base, String nonce) {
        Map<String, Object> model = common(nonce, branding.primaryColour(), branding.accentColour());
        String name = branding.nameOr(tenant.name());
        model.put("clinicName", name);
        model.put("logoUrl", branding.logoUrl());
        model.put("address", branding.address());
        model.put("slug", tenant.slug().value());
        model.put("base", base);
        model.put("page", switch (kind) {
            case BOOK -> "book";
            case MANAGE -> "manage";
            case PRE_VISIT -> "pre-visit";
        });
        model.put("script", kind == PageRequest.Kind.PRE_VISIT ? "previsit.js" : "booking.js");
        String heading = switch (kind) {
            case BOOK -> "Book an appointment";
            case MANAGE -> "Your booking";
            case PRE_VISIT -> "Before your visit";
        };
        model.put("heading", heading);
        model.put("title", heading + " · " + name);
        return render(model);
    }

    String staff(String nonce) {
        Map<String, Object> model = common(nonce, Branding.DEFAULT_PRIMARY, Branding.DEFAULT_ACCENT);
        model.put("clinicName", "Clinic staff");
        model.put("page", "staff");
        model.put("script", "staff.js");
        model.put("heading", "Staff sign-in");
        model.put("title", "Staff · " + DEFAULT_NAME);
        return render(model);
    }

    String notFound(String nonce) {
        Map<String, Object> model = common(nonce, Branding.DEFAULT_PRIMARY, Branding.DEFAULT_ACCENT);
        model.put("clinicName", DEFAULT_NAME);
        model.put("page", "missing");
        model.put("missing", true);
        model.put("title", "Page not found · " + DEFAULT_NAME);
        return render(model);
    }

    private Map<String, Object> common(String nonce, String primary, String accent) {
        Map<String, Object> model = new HashMap<>();
        model.put("nonce", nonce == null ? "" : nonce);
        model.put("primary", primary);
        model.put("accent", accent);
        model.put("v", assetVersion);
        return model;
    }

    private String render(Map<String, Object> model) {
        StringWriter out = new StringWriter();
        shell.execute(out, model);
        return out.toString();
    }
}
