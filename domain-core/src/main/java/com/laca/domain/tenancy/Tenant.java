package com.laca.domain.tenancy;

import com.laca.domain.shared.Money;
import com.laca.domain.shared.TenantId;
import java.time.ZoneId;
import java.util.Objects;

/**
 * A clinic business on the platform: its own time zone for wall-clock rules and its own currency for prices.
 *
 * @param currency ISO 4217 code, validated through {@link Money}
 */
public record Tenant(TenantId id, TenantSlug slug, String name, ZoneId zone, String currency, TenantStatus status,
                     long version) {

    public Tenant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(status, "status");
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("tenant name must be 1-200 characters");
        }
        Money.zero(currency);
    }

    /** Whether the clinic is trading, i.e. its staff may sign in and its clients may book. */
    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }

    /** The same tenant in a new status. */
    public Tenant withStatus(TenantStatus newStatus) {
        return new Tenant(id, slug, name, zone, currency, newStatus, version);
    }
}
