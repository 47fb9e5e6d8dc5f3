-- PostgreSQL only: row-level security on the clinics' credential-signing keys, as in V1_1. A key is made once and
-- kept (credentials already issued name it), so the application role may neither change nor delete one.

alter table academy_issuer_keys enable row level security;
alter table academy_issuer_keys force row level security;
create policy tenant_isolation on academy_issuer_keys
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

grant select, insert on academy_issuer_keys to ${appRole};
