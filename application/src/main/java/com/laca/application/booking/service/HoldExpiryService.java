package com.laca.application.booking.service;

import com.laca.application.booking.port.in.ExpireHoldsUseCase;
import com.laca.domain.tenancy.Tenant;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Marks lapsed holds EXPIRED tenant by tenant: row-level security lets a transaction see one tenant only, so each
 * tenant gets its own short transaction and one clinic's failure does not stop the others.
 */
public final class HoldExpiryService implements ExpireHoldsUseCase {

    private final BookingPorts ports;
    private final Clock clock;

    public HoldExpiryService(BookingPorts ports, Clock clock) {
        this.ports = Objects.requireNonNull(ports, "ports");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public int expireLapsedHolds() {
        List<Tenant> tenants = ports.tx().asPlatform(() -> Pages.all(ports.tenants()::list));
        int expired = 0;
        RuntimeException firstFailure = null;
        for (Tenant tenant : tenants) {
            try {
                expired += ports.tx().inTenant(tenant.id(), () -> {
                    Instant now = clock.instant();
                    return Holds.expire(ports.appointments(), ports.appointments().lapsedHolds(now), now);
                });
            } catch (RuntimeException e) {
                if (firstFailure == null) {
                    firstFailure = e;
                } else {
                    firstFailure.addSuppressed(e);
                }
            }
        }
        if (firstFailure != null) {
            throw firstFailure;
        }
        return expired;
    }
}
