-- PostgreSQL only: row-level security for clinical photos, and append-only grants for the application role.
alter table clinical_photos enable row level security;
alter table clinical_photos force row level security;
create policy tenant_isolation on clinical_photos
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

grant select, insert on clinical_photos to ${appRole};
