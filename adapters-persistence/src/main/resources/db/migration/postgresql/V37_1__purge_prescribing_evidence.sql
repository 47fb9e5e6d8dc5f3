-- PostgreSQL only: the retention job also deletes the prescribing evidence of a clinical record past its retention
-- date (prescriber consultations, prescriptions, doctor's directions and the proofs of age seen), under the same rules
-- as V33_1_1: only in a transaction that declared itself a purge, and never a row of a client under a standing legal
-- hold. Nothing else may delete them (V20_1_1: evidence is written once), and nothing gains UPDATE.
grant delete on prescriber_consultations, prescriptions, doctors_directions, client_id_checks to ${appRole};

create policy purged_after_retention on prescriber_consultations as restrictive for delete
    using (current_setting('app.clinical_purge', true) = 'on' and not exists (select 1 from client_legal_holds h
        where h.client_id = prescriber_consultations.client_id and h.released_at is null));
create policy purged_after_retention on prescriptions as restrictive for delete
    using (current_setting('app.clinical_purge', true) = 'on' and not exists (select 1 from client_legal_holds h
        where h.client_id = prescriptions.client_id and h.released_at is null));
create policy purged_after_retention on doctors_directions as restrictive for delete
    using (current_setting('app.clinical_purge', true) = 'on' and not exists (select 1 from client_legal_holds h
        where h.client_id = doctors_directions.client_id and h.released_at is null));
create policy purged_after_retention on client_id_checks as restrictive for delete
    using (current_setting('app.clinical_purge', true) = 'on' and not exists (select 1 from client_legal_holds h
        where h.client_id = client_id_checks.client_id and h.released_at is null));
