-- PostgreSQL only: row-level security on the clinics' branding. Every clinic's branding is public (the booking page
-- shows it and a custom domain must be resolved before the clinic is known), so anyone may read every row; a clinic
-- may only write its own. Never deleted.

alter table tenant_brandings enable row level security;
alter table tenant_brandings force row level security;
create policy public_read on tenant_brandings for select using (true);
create policy tenant_insert on tenant_brandings for insert
    with check (tenant_id = current_setting('app.tenant_id', true));
create policy tenant_update on tenant_brandings for update
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

grant select, insert, update on tenant_brandings to ${appRole};
