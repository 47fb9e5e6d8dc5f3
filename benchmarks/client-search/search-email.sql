BEGIN;
SELECT set_config('app.tenant_id', 'bench-tenant-0', true);
-- the page (its ids kept for the possible-duplicate flags, read for the whole page at once), then the count (the
-- page is full)
SELECT string_agg(quote_literal(id), ',') AS ids FROM (SELECT tenant_id, id, contact_email, contact_phone, contact_sms, date_of_birth, email, first_name, identity_slot, last_name, marketing_messages_since, marketing_photos_since, merged_into, phone, phone_digits, status, surname_key, version FROM clients WHERE (((status = 'ACTIVE') AND ((email >= 'emma.sm') AND (email < E'emma.sm\uFFFF'))) AND (tenant_id = 'bench-tenant-0')) ORDER BY last_name, first_name, id LIMIT 20 OFFSET 0) page \gset
SELECT COUNT(tenant_id) FROM clients WHERE (((status = 'ACTIVE') AND ((email >= 'emma.sm') AND (email < E'emma.sm\uFFFF'))) AND (tenant_id = 'bench-tenant-0'));
SELECT client_id, duplicate_of FROM client_possible_duplicates WHERE ((client_id IN (:ids)) AND (tenant_id = 'bench-tenant-0')) ORDER BY flagged_at, duplicate_of;
COMMIT;
