-- One row a tenant: the version of the data availability is computed from besides appointments, moved on in the same
-- transaction as every change to it, so an in-process cache keyed by it can never serve a stale copy.
create table reference_versions (
    tenant_id varchar(36) not null,
    version   bigint      not null,
    constraint pk_reference_versions primary key (tenant_id),
    constraint fk_reference_versions_tenant foreign key (tenant_id) references tenants (id)
);
