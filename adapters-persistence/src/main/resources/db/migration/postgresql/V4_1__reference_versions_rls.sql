-- PostgreSQL only: row-level security on the reference data versions, as in V1_1; the application role moves its own
-- tenant's version on and never deletes it.

alter table reference_versions enable row level security;
alter table reference_versions force row level security;
create policy tenant_isolation on reference_versions
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

grant select, insert, update on reference_versions to ${appRole};
