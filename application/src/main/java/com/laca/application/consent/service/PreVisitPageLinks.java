package com.laca.application.consent.service;

import com.laca.application.booking.port.out.PreVisitLinks;
import com.laca.domain.clinic.ClinicalProfile;
import com.laca.domain.clinic.Treatment;
import com.laca.domain.tenancy.Tenant;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds the link to the clinic's pre-visit page for a booking whose treatment asks for the medical questionnaire or a
 * signed consent form, so the client can do both at home before the visit; the booking's private token goes in the
 * URL's fragment, which browsers never send to a server, so it stays out of every access log.
 */
public final class PreVisitPageLinks implements PreVisitLinks {

    private final String publicBase;

    /** @param publicBase the server's public address, e.g. {@code https://book.example}, the links start with */
    public PreVisitPageLinks(URI publicBase) {
        String base = Objects.requireNonNull(publicBase, "publicBase").toString();
        this.publicBase = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    /** The pre-visit page's link for a clinical treatment's booking; none for a treatment with no pre-visit step. */
    @Override
    public Optional<URI> forBooking(Tenant clinic, Treatment treatment, String manageToken) {
        ClinicalProfile profile = treatment.category().clinicalProfile();
        if (!profile.screening() && !profile.consent()) {
            return Optional.empty();
        }
        return Optional.of(URI.create(publicBase + "/book/" + clinic.slug().value() + "/pre-visit#token="
                + URLEncoder.encode(manageToken, StandardCharsets.UTF_8)));
    }
}
