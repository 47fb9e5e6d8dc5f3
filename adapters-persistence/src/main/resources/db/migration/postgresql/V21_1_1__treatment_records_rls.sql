-- PostgreSQL only: row-level security for treatment records and their products, and append-only grants: the
-- application role can neither change nor delete a signed entry (a correction is a new row).
alter table treatment_records enable row level security;
alter table treatment_records force row level security;
create policy tenant_isolation on treatment_records
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table treatment_record_products enable row level security;
alter table treatment_record_products force row level security;
create policy tenant_isolation on treatment_record_products
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

-- The lot key uses the byte-order collation, so an equality lookup never depends on the database's collation.
alter table treatment_record_products alter column lot type varchar(40) collate "C";

grant select, insert on treatment_records, treatment_record_products to ${appRole};
