package com.laca.application.tenancy.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.application.shared.ConflictException;
import com.laca.application.shared.PersistenceContract;
import com.laca.application.shared.VersionConflictException;
import com.laca.domain.shared.TenantId;
import com.laca.domain.tenancy.Branding;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The {@link BrandingRepository} contract: one branding per tenant, written in its own tenant's transaction and read
 * from any, with optimistic locking and unique custom domains.
 */
public abstract class BrandingRepositoryContract extends PersistenceContract {

    private Optional<Branding> find(TenantId tenant) {
        return ports.tx().asPlatform(() -> ports.brandings().find(tenant));
    }

    private Branding put(Branding branding) {
        return ports.tx().inTenant(branding.tenant(), () -> ports.brandings().put(branding));
    }

    private static String domain() {
        return "book." + UUID.randomUUID().toString().substring(0, 8) + ".test";
    }

    @Test
    @DisplayName("a clinic's branding reads back with every field, and its custom domain finds the clinic")
    void roundTrip() {
        String domain = domain();
        Branding saved = put(new Branding(tenantA, "Glow Clinic", "https://cdn.example/logo.png", "#0b5d57",
                "#5b2a6e", "1 Milsom Street, Bath", domain, 0));

        assertThat(saved.version()).isEqualTo(1);
        assertThat(find(tenantA)).contains(saved);
        assertThat(find(tenantB)).isEmpty();
        assertThat(ports.tx().asPlatform(() -> ports.brandings().findTenantByDomain(domain))).contains(tenantA);
        assertThat(ports.tx().asPlatform(() -> ports.brandings().findTenantByDomain("nobody.test"))).isEmpty();
    }

    @Test
    @DisplayName("a change over a stale version is refused")
    void staleVersion() {
        Branding first = put(Branding.defaults(tenantA));
        Branding second = put(new Branding(tenantA, "Renamed", null, null, null, null, null, first.version()));

        assertThat(second.version()).isEqualTo(first.version() + 1);
        assertThat(find(tenantA).orElseThrow().displayName()).isEqualTo("Renamed");
        assertThatThrownBy(() -> put(first)).isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> put(Branding.defaults(tenantA))).isInstanceOf(VersionConflictException.class);
    }

    @Test
    @DisplayName("two clinics cannot share a custom domain")
    void uniqueDomain() {
        String domain = domain();
        put(new Branding(tenantA, null, null, null, null, null, domain, 0));

        assertThatThrownBy(() -> put(new Branding(tenantB, null, null, null, null, null, domain, 0)))
                .isInstanceOf(ConflictException.class);
        assertThat(find(tenantB)).isEmpty();
    }
}
