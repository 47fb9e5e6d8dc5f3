BEGIN;
SELECT set_config('app.tenant_id', 'bench-tenant-0', true);
-- the page's ids from the word pairs' index ("em sm": equally long, so the second typed word is the first of the
-- pair and the first typed word bounds the range), the count (the page is full), then those clients and their
-- possible-duplicate flags
SELECT string_agg(a1, ',') AS ids FROM (SELECT DISTINCT t0.client_id AS a1, t0.last_name AS a2, t0.first_name AS a3 FROM client_name_word_pairs t0 WHERE (((((((t0.first_initial = 's') AND (t0.first_word >= 'sm')) AND (t0.first_word < E'sm\uFFFF')) AND (t0.second_word >= 'em')) AND (t0.second_word < E'em\uFFFF')) AND (t0.client_status = 'ACTIVE')) AND (t0.tenant_id = 'bench-tenant-0')) ORDER BY t0.last_name, t0.first_name, t0.client_id LIMIT 20 OFFSET 0) page \gset
SELECT COUNT(DISTINCT(t0.client_id)) FROM client_name_word_pairs t0 WHERE (((((((t0.first_initial = 's') AND (t0.first_word >= 'sm')) AND (t0.first_word < E'sm\uFFFF')) AND (t0.second_word >= 'em')) AND (t0.second_word < E'em\uFFFF')) AND (t0.client_status = 'ACTIVE')) AND (t0.tenant_id = 'bench-tenant-0'));
SELECT tenant_id, id, contact_email, contact_phone, contact_sms, date_of_birth, email, first_name, identity_slot, last_name, marketing_messages_since, marketing_photos_since, merged_into, phone, phone_digits, status, surname_key, version FROM clients WHERE ((id = any(string_to_array(:ids, ','))) AND (tenant_id = 'bench-tenant-0'));
SELECT client_id, duplicate_of FROM client_possible_duplicates WHERE ((client_id = any(string_to_array(:ids, ','))) AND (tenant_id = 'bench-tenant-0')) ORDER BY flagged_at, duplicate_of;
COMMIT;
