-- PostgreSQL only: no double booking, ever, even with several servers on one database. An active appointment's
-- occupied span (treatment plus buffers, half-open [) so back-to-back bookings touch without overlapping) may not
-- overlap another's for the same practitioner, nor for the same room or device. Cancelled, no-show and expired
-- appointments free their time. Violations are SQLSTATE 23P01, which the adapter reports as "slot taken".
-- Then row-level security and grants for every new table, as in V1_1.

create extension if not exists btree_gist;

alter table appointments add constraint ex_appointments_practitioner_busy
    exclude using gist (tenant_id with =, practitioner_id with =, tstzrange(busy_from, busy_to, '[)') with &&)
    where (status in ('HELD', 'CONFIRMED', 'CHECKED_IN', 'COMPLETED'));

alter table appointment_resources add constraint ex_appointment_resources_busy
    exclude using gist (tenant_id with =, resource_id with =, tstzrange(busy_from, busy_to, '[)') with &&)
    where (active);

alter table clients enable row level security;
alter table clients force row level security;
create policy tenant_isolation on clients
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table appointments enable row level security;
alter table appointments force row level security;
create policy tenant_isolation on appointments
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table appointment_resources enable row level security;
alter table appointment_resources force row level security;
create policy tenant_isolation on appointment_resources
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table working_hours enable row level security;
alter table working_hours force row level security;
create policy tenant_isolation on working_hours
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table day_overrides enable row level security;
alter table day_overrides force row level security;
create policy tenant_isolation on day_overrides
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table time_off enable row level security;
alter table time_off force row level security;
create policy tenant_isolation on time_off
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table closures enable row level security;
alter table closures force row level security;
create policy tenant_isolation on closures
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table resource_blocks enable row level security;
alter table resource_blocks force row level security;
create policy tenant_isolation on resource_blocks
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table booking_policies enable row level security;
alter table booking_policies force row level security;
create policy tenant_isolation on booking_policies
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

grant select, insert, update, delete on
    clients, appointments, appointment_resources, working_hours, day_overrides, time_off, closures,
    resource_blocks, booking_policies
    to ${appRole};
