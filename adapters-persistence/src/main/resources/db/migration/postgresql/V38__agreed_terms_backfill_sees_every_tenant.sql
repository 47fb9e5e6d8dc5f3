-- PostgreSQL only, just before V38_1 fills the terms existing appointments were made on: the owner, which runs the
-- migrations, is itself bound by FORCE ROW LEVEL SECURITY, and with no app.tenant_id set it would see no row, so
-- V38_1's backfill would change nothing and its NOT NULL would then fail. The owner is released from the policies of
-- the tables the backfill reads and writes; V38_1_1 binds it again. The application role never owns these tables, so
-- row-level security keeps applying to it throughout (FORCE only concerns the owner).
alter table appointments no force row level security;
alter table treatments no force row level security;
alter table booking_policies no force row level security;
alter table payment_ledgers no force row level security;
alter table payment_ledger_entries no force row level security;
