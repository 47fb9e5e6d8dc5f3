-- PostgreSQL only: row-level security for staff notes and the access audit, and append-only grants: the application
-- role can neither change nor delete a note or an audit entry (UK GDPR accountability; the audit must be trustworthy
-- even against the application itself).
alter table client_notes enable row level security;
alter table client_notes force row level security;
create policy tenant_isolation on client_notes
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table access_audit enable row level security;
alter table access_audit force row level security;
create policy tenant_isolation on access_audit
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

grant select, insert on client_notes, access_audit to ${appRole};
