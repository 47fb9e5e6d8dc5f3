package com.laca.adapter.persistence.tenancy;

import com.laca.adapter.persistence.support.Columns;
import com.laca.domain.shared.TenantId;
import com.laca.domain.tenancy.Tenant;
import com.laca.domain.tenancy.TenantSlug;
import com.laca.domain.tenancy.TenantStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.ZoneId;

/** A row of {@code tenants}, a platform table: it has no tenant column and no row-level security. */
@Entity
@Table(name = "tenants")
class TenantJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;
    @Column(name = "slug")
    private String slug;
    @Column(name = "name")
    private String name;
    @Column(name = "zone")
    private String zone;
    @Column(name = "currency")
    private String currency;
    @Column(name = "status")
    private String status;
    @Version
    @Column(name = "version")
    private long version;

    protected TenantJpaEntity() {
    }

    TenantJpaEntity(TenantId id) {
        this.id = id.toString();
    }

    /** The version as the domain counts it, from 0 for a new row. */
    long version() {
        return Columns.domainVersion(version);
    }

    Tenant toDomain() {
        return new Tenant(TenantId.parse(id), new TenantSlug(slug), name, ZoneId.of(zone), currency,
                TenantStatus.valueOf(status), version());
    }

    void copyFrom(Tenant tenant) {
        slug = tenant.slug().value();
        name = tenant.name();
        zone = tenant.zone().getId();
        currency = tenant.currency();
        status = tenant.status().name();
    }
}
