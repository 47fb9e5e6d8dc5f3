-- PostgreSQL only: row-level security on certificates and their status history, as in V1_1. Both are written once:
-- the application role may insert and read them, never update or delete (a revocation is a new history row).

alter table academy_certificates enable row level security;
alter table academy_certificates force row level security;
create policy tenant_isolation on academy_certificates
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table academy_certificate_status enable row level security;
alter table academy_certificate_status force row level security;
create policy tenant_isolation on academy_certificate_status
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

grant select, insert on academy_certificates, academy_certificate_status to ${appRole};
