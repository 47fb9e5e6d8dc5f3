-- PostgreSQL only: row-level security on every tenant-owned table, forced even for the table owner, keyed on the
-- transaction-local setting app.tenant_id that the application sets per transaction (never per session).
-- The application connects as ${appRole}, which owns no table and may only read and write rows.

alter table staff_accounts enable row level security;
alter table staff_accounts force row level security;
create policy tenant_isolation on staff_accounts
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table refresh_tokens enable row level security;
alter table refresh_tokens force row level security;
create policy tenant_isolation on refresh_tokens
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table one_time_tokens enable row level security;
alter table one_time_tokens force row level security;
create policy tenant_isolation on one_time_tokens
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table locations enable row level security;
alter table locations force row level security;
create policy tenant_isolation on locations
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table practitioners enable row level security;
alter table practitioners force row level security;
create policy tenant_isolation on practitioners
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table practitioner_locations enable row level security;
alter table practitioner_locations force row level security;
create policy tenant_isolation on practitioner_locations
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table resources enable row level security;
alter table resources force row level security;
create policy tenant_isolation on resources
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table treatments enable row level security;
alter table treatments force row level security;
create policy tenant_isolation on treatments
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

grant usage on schema public to ${appRole};
grant select, insert, update, delete on
    tenants, login_throttles, staff_accounts, refresh_tokens, one_time_tokens,
    locations, practitioners, practitioner_locations, resources, treatments
    to ${appRole};
