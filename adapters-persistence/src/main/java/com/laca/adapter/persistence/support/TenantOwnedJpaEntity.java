package com.laca.adapter.persistence.support;

import jakarta.persistence.MappedSuperclass;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;

/**
 * The one place tenant scoping is declared: EclipseLink fills {@code tenant_id} on every insert and adds it to every
 * query of every subclass from the entity manager's tenant property, so no repository writes a tenant filter by hand;
 * as part of the primary key it also appears in every update and delete, so a row is only ever changed by its tenant.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(name = "tenant_id", contextProperty = JpaPersistence.TENANT_PROPERTY, length = 36,
        primaryKey = true)
public abstract class TenantOwnedJpaEntity {
}
