-- PostgreSQL only: row-level security on the tenant-owned outbox messages, as in V1_1. The dispatch table carries no
-- personal data and is claimed across tenants. Neither is ever deleted by the application: messages are cancelled.

alter table notification_messages enable row level security;
alter table notification_messages force row level security;
create policy tenant_isolation on notification_messages
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

grant select, insert, update on notification_messages, notification_dispatch to ${appRole};
