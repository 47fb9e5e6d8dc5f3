-- PostgreSQL only: row-level security for the retention job's log (append-only), and the least privilege the job
-- needs to delete clinical records past retention.
--
-- Why grants and policies rather than a SECURITY DEFINER function owned by laca_owner: the retention rule is derived in
-- Java (ClinicalRecordRetention), so a function could not check the date without a second copy of the rule; what the
-- database can check on its own is checked here, row by row, for every delete the application role attempts:
--   * the transaction must have declared itself a purge (set_config('app.clinical_purge', 'on', true), which only
--     JpaClinicalRecordPurgeRepository does, and which ends with the transaction), so no other code path that
--     accidentally issues a DELETE on a clinical table removes anything;
--   * no standing legal hold may name the row's client, so even a purge that raced a new hold deletes nothing held;
--   * tenant isolation still applies (the permissive tenant_isolation policy), so RLS stays on.
-- A delete the policies refuse removes no row (it does not fail), which the job sees as nothing purged. Nothing gains
-- UPDATE: a signed entry is still never changed.
alter table clinical_purges enable row level security;
alter table clinical_purges force row level security;
create policy tenant_isolation on clinical_purges
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

grant select, insert on clinical_purges to ${appRole};

grant delete on treatment_records, treatment_record_products, clinical_photos, screenings, prescriber_decisions,
    consents to ${appRole};

create policy purged_after_retention on treatment_records as restrictive for delete
    using (current_setting('app.clinical_purge', true) = 'on' and not exists (select 1 from client_legal_holds h
        where h.client_id = treatment_records.client_id and h.released_at is null));
create policy purged_after_retention on treatment_record_products as restrictive for delete
    using (current_setting('app.clinical_purge', true) = 'on' and not exists (select 1 from treatment_records r
        join client_legal_holds h on h.client_id = r.client_id
        where r.id = treatment_record_products.record_id and h.released_at is null));
create policy purged_after_retention on clinical_photos as restrictive for delete
    using (current_setting('app.clinical_purge', true) = 'on' and not exists (select 1 from client_legal_holds h
        where h.client_id = clinical_photos.client_id and h.released_at is null));
create policy purged_after_retention on screenings as restrictive for delete
    using (current_setting('app.clinical_purge', true) = 'on' and not exists (select 1 from client_legal_holds h
        where h.client_id = screenings.client_id and h.released_at is null));
create policy purged_after_retention on prescriber_decisions as restrictive for delete
    using (current_setting('app.clinical_purge', true) = 'on' and not exists (select 1 from client_legal_holds h
        where h.client_id = prescriber_decisions.client_id and h.released_at is null));
create policy purged_after_retention on consents as restrictive for delete
    using (current_setting('app.clinical_purge', true) = 'on' and not exists (select 1 from client_legal_holds h
        where h.client_id = consents.client_id and h.released_at is null));

-- Staff notes: an erasure request deletes general notes (V27_1_1); the purge also deletes clinical and alert notes.
drop policy only_general_notes_deleted on client_notes;
create policy general_notes_or_purged_after_retention on client_notes as restrictive for delete
    using (kind = 'GENERAL' or (current_setting('app.clinical_purge', true) = 'on' and not exists (
        select 1 from client_legal_holds h where h.client_id = client_notes.client_id and h.released_at is null)));
