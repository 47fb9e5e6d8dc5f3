package com.laca.domain.tenancy;

/** Whether a tenant trades: a suspended clinic keeps its data but nobody can sign in or book. */
public enum TenantStatus {
    ACTIVE,
    SUSPENDED
}
