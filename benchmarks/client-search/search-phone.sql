BEGIN;
SELECT set_config('app.tenant_id', 'bench-tenant-0', true);
-- the page's ids (from the key's b-tree, which holds the status and names: V41), the count (the page is full),
-- then those clients and their possible-duplicate flags
SELECT string_agg(a1, ',') AS ids FROM (SELECT id AS a1, last_name AS a2, first_name AS a3 FROM clients WHERE (((status = 'ACTIVE') AND ((phone_digits >= '44700067') AND (phone_digits < E'44700067\uFFFF'))) AND (tenant_id = 'bench-tenant-0')) ORDER BY last_name, first_name, id LIMIT 20 OFFSET 0) page \gset
SELECT COUNT(id) FROM clients WHERE (((status = 'ACTIVE') AND ((phone_digits >= '44700067') AND (phone_digits < E'44700067\uFFFF'))) AND (tenant_id = 'bench-tenant-0'));
SELECT tenant_id, id, contact_email, contact_phone, contact_sms, date_of_birth, email, first_name, identity_slot, last_name, marketing_messages_since, marketing_photos_since, merged_into, phone, phone_digits, status, surname_key, version FROM clients WHERE ((id = any(string_to_array(:ids, ','))) AND (tenant_id = 'bench-tenant-0'));
SELECT client_id, duplicate_of FROM client_possible_duplicates WHERE ((client_id = any(string_to_array(:ids, ','))) AND (tenant_id = 'bench-tenant-0')) ORDER BY flagged_at, duplicate_of;
COMMIT;
