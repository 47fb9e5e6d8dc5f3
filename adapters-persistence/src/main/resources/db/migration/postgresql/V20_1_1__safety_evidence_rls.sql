-- PostgreSQL only: row-level security on the V20_1 tables, as in V10_1_1. ID checks, doctor's directions and
-- prescriptions are evidence: the application role may record and read them, never change or delete them. Licences
-- and settings may be corrected, not deleted.

alter table client_id_checks enable row level security;
alter table client_id_checks force row level security;
create policy tenant_isolation on client_id_checks
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table doctors_directions enable row level security;
alter table doctors_directions force row level security;
create policy tenant_isolation on doctors_directions
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table prescriptions enable row level security;
alter table prescriptions force row level security;
create policy tenant_isolation on prescriptions
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table cosmetic_licences enable row level security;
alter table cosmetic_licences force row level security;
create policy tenant_isolation on cosmetic_licences
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table safety_settings enable row level security;
alter table safety_settings force row level security;
create policy tenant_isolation on safety_settings
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

grant select, insert on client_id_checks to ${appRole};
grant select, insert on doctors_directions to ${appRole};
grant select, insert on prescriptions to ${appRole};
grant select, insert, update on cosmetic_licences to ${appRole};
grant select, insert, update on safety_settings to ${appRole};
