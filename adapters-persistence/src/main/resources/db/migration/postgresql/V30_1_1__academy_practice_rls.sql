-- PostgreSQL only: row-level security on the academy's practice tables, as in V1_1, and the application role's grants:
-- OSCE sittings are written once (insert and select only); registrations and cases are updated (verification,
-- sign-off); nothing here is deleted.

alter table academy_registrations enable row level security;
alter table academy_registrations force row level security;
create policy tenant_isolation on academy_registrations
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table academy_case_log enable row level security;
alter table academy_case_log force row level security;
create policy tenant_isolation on academy_case_log
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table academy_osce_sittings enable row level security;
alter table academy_osce_sittings force row level security;
create policy tenant_isolation on academy_osce_sittings
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

grant select, insert, update on academy_registrations, academy_case_log to ${appRole};
grant select, insert on academy_osce_sittings to ${appRole};
