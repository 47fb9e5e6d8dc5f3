-- PostgreSQL only: row-level security on the clinics' own templates, as in V1_1. A clinic going back to the default
-- deletes its row, so the application role may delete here.

alter table notification_templates enable row level security;
alter table notification_templates force row level security;
create policy tenant_isolation on notification_templates
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

grant select, insert, update, delete on notification_templates to ${appRole};
