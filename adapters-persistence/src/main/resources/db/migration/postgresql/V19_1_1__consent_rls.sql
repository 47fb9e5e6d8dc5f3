-- PostgreSQL only: row-level security on consent templates, consents and the clinical audit log, as in V1_1. Templates
-- are written once (a change is a new version); a consent is updated as it is signed, countersigned and archived but
-- never deleted; the audit log is append-only: the application role may insert and read it, never update or delete it.

alter table consent_templates enable row level security;
alter table consent_templates force row level security;
create policy tenant_isolation on consent_templates
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table consents enable row level security;
alter table consents force row level security;
create policy tenant_isolation on consents
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table clinical_audit_log enable row level security;
alter table clinical_audit_log force row level security;
create policy tenant_isolation on clinical_audit_log
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

grant select, insert on consent_templates to ${appRole};
grant select, insert, update on consents to ${appRole};
grant select, insert on clinical_audit_log to ${appRole};
