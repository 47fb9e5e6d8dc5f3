-- PostgreSQL only: row-level security on screenings and prescriber decisions, as in V1_1; both are evidence, so the
-- application role may record and read them, never change or delete them.

alter table screenings enable row level security;
alter table screenings force row level security;
create policy tenant_isolation on screenings
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table prescriber_decisions enable row level security;
alter table prescriber_decisions force row level security;
create policy tenant_isolation on prescriber_decisions
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

grant select, insert on screenings, prescriber_decisions to ${appRole};
