BEGIN;
SELECT set_config('app.tenant_id', 'bench-tenant-0', true);
SELECT count(id) FROM clients WHERE status = 'ACTIVE' AND id IN (SELECT client_id FROM client_name_words WHERE word >= 'em' AND word < E'em\uFFFF' AND tenant_id = 'bench-tenant-0') AND id IN (SELECT client_id FROM client_name_words WHERE word >= 'sm' AND word < E'sm\uFFFF' AND tenant_id = 'bench-tenant-0') AND tenant_id = 'bench-tenant-0';
SELECT id, first_name, last_name, email, phone, date_of_birth, status FROM clients WHERE status = 'ACTIVE' AND id IN (SELECT client_id FROM client_name_words WHERE word >= 'em' AND word < E'em\uFFFF' AND tenant_id = 'bench-tenant-0') AND id IN (SELECT client_id FROM client_name_words WHERE word >= 'sm' AND word < E'sm\uFFFF' AND tenant_id = 'bench-tenant-0') AND tenant_id = 'bench-tenant-0' ORDER BY last_name, first_name, id LIMIT 20 OFFSET 0;
COMMIT;
