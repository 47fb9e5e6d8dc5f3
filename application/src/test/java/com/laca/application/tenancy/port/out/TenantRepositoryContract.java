package com.laca.application.tenancy.port.out;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.laca.application.shared.ConflictException;
import com.laca.application.shared.NotFoundException;
import com.laca.application.shared.Page;
import com.laca.application.shared.PageRequest;
import com.laca.application.shared.PersistenceContract;
import com.laca.application.shared.VersionConflictException;
import com.laca.domain.shared.TenantId;
import com.laca.domain.tenancy.Tenant;
import com.laca.domain.tenancy.TenantSlug;
import com.laca.domain.tenancy.TenantStatus;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The {@link TenantRepository} contract: unique slugs, optimistic locking, reachable from any transaction. */
public abstract class TenantRepositoryContract extends PersistenceContract {

    private Optional<Tenant> find(TenantId id) {
        return ports.tx().asPlatform(() -> ports.tenants().findById(id));
    }

    @Test
    @DisplayName("a tenant reads back with every field, by id and by slug")
    void roundTrip() {
        Tenant tenant = new Tenant(TenantId.random(), new TenantSlug("c-" + UUID.randomUUID()), "Bath Skin Clinic",
                ZoneId.of("Europe/Dublin"), "EUR", TenantStatus.SUSPENDED, 0);
        platform(() -> ports.tenants().insert(tenant));

        assertThat(find(tenant.id())).contains(tenant);
        assertThat(ports.tx().asPlatform(() -> ports.tenants().findBySlug(tenant.slug()))).contains(tenant);
        TenantSlug unknown = new TenantSlug("no-such-" + UUID.randomUUID());
        assertThat(ports.tx().asPlatform(() -> ports.tenants().findBySlug(unknown))).isEmpty();
    }

    @Test
    @DisplayName("a second tenant with a taken slug is a conflict")
    void takenSlug() {
        Tenant first = find(tenantA).orElseThrow();
        Tenant second = new Tenant(TenantId.random(), first.slug(), "Copycat", first.zone(), "GBP",
                TenantStatus.ACTIVE, 0);

        assertThatThrownBy(() -> platform(() -> ports.tenants().insert(second))).isInstanceOf(ConflictException.class);
    }

    @Test
    @DisplayName("an update bumps the version; a stale one is refused; a missing tenant is not found")
    void update() {
        Tenant tenant = find(tenantA).orElseThrow();

        Tenant suspended = ports.tx().asPlatform(
                () -> ports.tenants().update(tenant.withStatus(TenantStatus.SUSPENDED)));

        assertThat(suspended.version()).isEqualTo(1);
        assertThat(find(tenantA)).contains(suspended);
        assertThatThrownBy(() -> ports.tx().asPlatform(() -> ports.tenants().update(tenant)))
                .isInstanceOf(VersionConflictException.class);
        assertThatThrownBy(() -> ports.tx().asPlatform(() -> ports.tenants().update(newTenant())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    @DisplayName("tenants are listed by slug, page by page, with the total")
    void paging() {
        int size = 2;
        Page<Tenant> first = ports.tx().asPlatform(() -> ports.tenants().list(new PageRequest(0, size)));
        List<Tenant> all = new ArrayList<>();
        for (int page = 0; page * size < first.total(); page++) {
            int p = page;
            all.addAll(ports.tx().asPlatform(() -> ports.tenants().list(new PageRequest(p, size))).items());
        }

        assertThat(first.items()).hasSize(2);
        assertThat(all).hasSize((int) first.total());
        assertThat(all).extracting(t -> t.slug().value()).isSorted();
        assertThat(all).extracting(Tenant::id).contains(tenantA, tenantB);
    }

    @Test
    @DisplayName("tenants can be read inside a tenant's transaction too")
    void readableInTenantTransaction() {
        assertThat(inA(() -> ports.tenants().findById(tenantB))).isPresent();
    }
}
