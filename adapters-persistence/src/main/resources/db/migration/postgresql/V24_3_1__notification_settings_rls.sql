-- PostgreSQL only: row-level security on the clinics' notification choices, as in V1_1.

alter table notification_settings enable row level security;
alter table notification_settings force row level security;
create policy tenant_isolation on notification_settings
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

grant select, insert, update on notification_settings to ${appRole};
