-- PostgreSQL only: row-level security on the desk's cancellation records and appointment notes, as in V1_1, and
-- append-only grants: what the desk recorded is never changed or deleted by the application.
alter table appointment_cancellations enable row level security;
alter table appointment_cancellations force row level security;
create policy tenant_isolation on appointment_cancellations
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table appointment_notes enable row level security;
alter table appointment_notes force row level security;
create policy tenant_isolation on appointment_notes
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

grant select, insert on appointment_cancellations, appointment_notes to ${appRole};
