-- PostgreSQL only: row-level security for the possible-duplicate flags, as for every tenant table. The application
-- role may delete a flag (staff resolve it by merging or by confirming two people), never update one.
alter table client_possible_duplicates enable row level security;
alter table client_possible_duplicates force row level security;
create policy tenant_isolation on client_possible_duplicates
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

grant select, insert, delete on client_possible_duplicates to ${appRole};
