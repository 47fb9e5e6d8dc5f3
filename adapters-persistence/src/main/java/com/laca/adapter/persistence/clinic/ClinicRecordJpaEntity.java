package com.laca.adapter.persistence.clinic;

import com.laca.adapter.persistence.support.Columns;
import com.laca.adapter.persistence.support.TenantOwnedJpaEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * What every clinic record row shares: a UUID id and an optimistic-locking version, so the generic repository can
 * find, check and bump any of them the same way.
 *
 * @param <T> the domain record the row maps to
 */
@MappedSuperclass
abstract class ClinicRecordJpaEntity<T> extends TenantOwnedJpaEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Version
    @Column(name = "version")
    private long version;

    String id() {
        return id;
    }

    void setId(String id) {
        this.id = id;
    }

    /** The version as the domain counts it, from 0 for a new row. */
    long version() {
        return Columns.domainVersion(version);
    }

    /** The domain record as stored, at the stored version. */
    abstract T toDomain();

    /** Copies every field but the id and the version from the domain record. */
    abstract void copyFrom(T record);
}
