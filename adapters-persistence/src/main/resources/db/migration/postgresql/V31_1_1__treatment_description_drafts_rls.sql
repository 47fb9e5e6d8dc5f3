-- PostgreSQL only: row-level security on the clinics' drafted treatment descriptions, as in V1_1. Drafts are kept as
-- history, so the application role never deletes one itself (they go with their treatment, by the foreign key).

alter table treatment_description_drafts enable row level security;
alter table treatment_description_drafts force row level security;
create policy tenant_isolation on treatment_description_drafts
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

grant select, insert, update on treatment_description_drafts to ${appRole};
