package com.laca.application.tenancy.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.adapter.inmemory.InMemoryPersistencePorts;
import com.laca.application.shared.AccessDeniedException;
import com.laca.application.shared.Caller;
import com.laca.domain.identity.Role;
import com.laca.domain.shared.TenantId;
import com.laca.domain.shared.UserId;
import com.laca.domain.tenancy.Branding;
import com.laca.domain.tenancy.Tenant;
import com.laca.domain.tenancy.TenantSlug;
import com.laca.domain.tenancy.TenantStatus;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A clinic's branding and custom domain")
class BrandingServiceTest {

    private final InMemoryPersistencePorts ports = new InMemoryPersistencePorts();
    private final BrandingService service = new BrandingService(ports.tx(), ports.brandings(), ports.tenants());
    private final Tenant glow = tenant("glow-clinic");
    private final Tenant other = tenant("other-clinic");

    private Tenant tenant(String slug) {
        Tenant tenant = new Tenant(TenantId.random(), new TenantSlug(slug), "Clinic " + slug,
                ZoneId.of("Europe/London"), "GBP", TenantStatus.ACTIVE, 0);
        ports.tx().asPlatform(() -> {
            ports.tenants().insert(tenant);
            return null;
        });
        return tenant;
    }

    private static Caller as(Tenant tenant, Role role) {
        return new Caller(UserId.random(), tenant.id(), Set.of(role));
    }

    @Test
    @DisplayName("an owner saves the look and the domain; the public sees it and the domain opens that clinic")
    void ownerSaves() {
        Branding saved = service.update(as(glow, Role.OWNER), new Branding(other.id(), "Glow", null, "#0b5d57",
                null, "1 Milsom Street, Bath", "Book.Glow.test", 0));

        assertThat(saved.tenant()).as("always the caller's clinic").isEqualTo(glow.id());
        assertThat(service.branding(glow).displayName()).isEqualTo("Glow");
        assertThat(service.branding(other)).isEqualTo(Branding.defaults(other.id()));
        assertThat(service.findActiveByDomain("book.glow.test:8080")).contains(glow);
        assertThat(service.findActiveByDomain("unknown.test")).isEmpty();
    }

    @Test
    @DisplayName("a suspended clinic's domain opens nothing")
    void suspended() {
        service.update(as(glow, Role.OWNER), new Branding(glow.id(), null, null, null, null, null, "book.glow.test",
                0));
        ports.tx().asPlatform(() -> ports.tenants().update(glow.withStatus(TenantStatus.SUSPENDED)));

        assertThat(service.findActiveByDomain("book.glow.test")).isEmpty();
    }

    @Test
    @DisplayName("front desk may see the branding but not change it")
    void frontDesk() {
        assertThat(service.branding(as(glow, Role.FRONTDESK))).isEqualTo(Branding.defaults(glow.id()));
        assertThatThrownBy(() -> service.update(as(glow, Role.FRONTDESK), Branding.defaults(glow.id())))
                .isInstanceOf(AccessDeniedException.class);
    }
}
