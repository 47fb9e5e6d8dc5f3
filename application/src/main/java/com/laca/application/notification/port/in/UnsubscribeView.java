package com.laca.application.notification.port.in;

import java.util.Objects;

/**
 * What the person holding an unsubscribe link is shown: whose marketing it is about and whether they still receive
 * it; nothing else about them, since the link may have been forwarded.
 *
 * @param clinicName      the clinic whose marketing the link stops
 * @param receivesMarketing true while the client has marketing consent
 */
public record UnsubscribeView(String clinicName, boolean receivesMarketing) {

    public UnsubscribeView {
        Objects.requireNonNull(clinicName, "clinicName");
    }
}
