-- PostgreSQL only: row-level security on per-learner overrides, as in V1_1; a grant replaces the row (update),
-- nothing is deleted.

alter table academy_attempt_overrides enable row level security;
alter table academy_attempt_overrides force row level security;
create policy tenant_isolation on academy_attempt_overrides
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

grant select, insert, update on academy_attempt_overrides to ${appRole};
