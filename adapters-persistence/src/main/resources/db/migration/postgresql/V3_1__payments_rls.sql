-- PostgreSQL only: row-level security on the tenant-owned payment tables, as in V1_1. The ledger's entries are
-- append-only for the application role: it may read and insert them, never change or delete them.

alter table payment_ledgers enable row level security;
alter table payment_ledgers force row level security;
create policy tenant_isolation on payment_ledgers
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table payment_ledger_entries enable row level security;
alter table payment_ledger_entries force row level security;
create policy tenant_isolation on payment_ledger_entries
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table payment_intents enable row level security;
alter table payment_intents force row level security;
create policy tenant_isolation on payment_intents
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

grant select, insert, update, delete on
    payment_ledgers, payment_intents, payment_intent_routes, processed_payment_events, payment_dead_letters,
    tenant_payment_accounts
    to ${appRole};
grant select, insert on payment_ledger_entries to ${appRole};
