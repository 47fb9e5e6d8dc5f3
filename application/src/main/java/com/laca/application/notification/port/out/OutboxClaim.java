package com.laca.application.notification.port.out;

import com.laca.domain.notification.NotificationId;
import com.laca.domain.shared.TenantId;
import java.util.Objects;

/**
 * One message a dispatcher has claimed: only its id and tenant, because claiming runs across tenants and must not see
 * anyone's personal data; the message itself is read afterwards in its tenant's transaction.
 */
public record OutboxClaim(NotificationId id, TenantId tenant) {

    public OutboxClaim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenant, "tenant");
    }
}
