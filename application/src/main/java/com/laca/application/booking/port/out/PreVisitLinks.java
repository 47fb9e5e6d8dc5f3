package com.laca.application.booking.port.out;

import com.laca.domain.clinic.Treatment;
import com.laca.domain.tenancy.Tenant;
import java.util.Optional;
import java.net.URI;

/**
 * The link to a booking's pre-visit questionnaire and consent, put in its confirmation: an extension point the consent
 * area fills, because only it knows which treatments have a pre-visit step and where its page lives.
 */
@FunctionalInterface
public interface PreVisitLinks {

    /** No pre-visit link for any booking: for embedders and tests that run booking without the consent area. */
    PreVisitLinks NONE = (clinic, treatment, manageToken) -> Optional.empty();

    /**
     * The link for a booking of the treatment at the clinic, opened with the booking's private manage token (the link
     * carries the token, so it is built only where the token is at hand: when the booking is made).
     */
    Optional<URI> forBooking(Tenant clinic, Treatment treatment, String manageToken);
}
