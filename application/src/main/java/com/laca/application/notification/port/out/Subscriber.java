package com.laca.application.notification.port.out;

import com.laca.domain.shared.ClientId;
import com.laca.domain.shared.TenantId;
import java.util.Objects;

/**
 * The client an unsubscribe link was made for, and the clinic whose marketing it stops, as read back from a link
 * whose signature checked out, so an unsubscribe needs no sign-in and cannot be aimed at anyone else.
 *
 * @param tenant the clinic
 * @param client its client
 */
public record Subscriber(TenantId tenant, ClientId client) {

    public Subscriber {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(client, "client");
    }
}
