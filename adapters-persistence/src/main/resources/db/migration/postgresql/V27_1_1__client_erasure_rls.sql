-- PostgreSQL only: row-level security for erasure requests and legal holds, and the least privilege the erasure needs.
-- Erasure steps are inserted, then only their completion (done_at, done_by) may be set; holds are inserted, then only
-- released. Staff notes stay append-only except one thing: the application role may delete a GENERAL note (an
-- erasure request erases the non-clinical notes at once); a restrictive policy keeps clinical and alert notes out of
-- reach of any delete, so no SECURITY DEFINER function is needed and nothing else gains a delete.
alter table client_erasure_steps enable row level security;
alter table client_erasure_steps force row level security;
create policy tenant_isolation on client_erasure_steps
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table client_legal_holds enable row level security;
alter table client_legal_holds force row level security;
create policy tenant_isolation on client_legal_holds
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

grant select, insert on client_erasure_steps, client_legal_holds to ${appRole};
grant update (done_at, done_by) on client_erasure_steps to ${appRole};
grant update (released_by, released_at) on client_legal_holds to ${appRole};

grant delete on client_notes to ${appRole};
create policy only_general_notes_deleted on client_notes as restrictive for delete
    using (kind = 'GENERAL');
