-- PostgreSQL only: row-level security on the clinical-safety tables, as in V1_1. A consultation is evidence: the
-- application role may record and read it, never change or delete it; a registration may be corrected, not deleted.

alter table prescriber_registrations enable row level security;
alter table prescriber_registrations force row level security;
create policy tenant_isolation on prescriber_registrations
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table prescriber_consultations enable row level security;
alter table prescriber_consultations force row level security;
create policy tenant_isolation on prescriber_consultations
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

grant select, insert, update on prescriber_registrations to ${appRole};
grant select, insert on prescriber_consultations to ${appRole};
