BEGIN;
SELECT set_config('app.tenant_id', 'bench-tenant-0', true);
SELECT count(id) FROM clients WHERE status = 'ACTIVE' AND email >= 'emma.sm' AND email < E'emma.sm\uFFFF' AND tenant_id = 'bench-tenant-0';
SELECT id, first_name, last_name, email, phone, date_of_birth, status FROM clients WHERE status = 'ACTIVE' AND email >= 'emma.sm' AND email < E'emma.sm\uFFFF' AND tenant_id = 'bench-tenant-0' ORDER BY last_name, first_name, id LIMIT 20 OFFSET 0;
COMMIT;
