-- PostgreSQL only: V38_1 has filled the agreed terms, so the owner is bound by row-level security again on every table
-- V38 released it from, as V1_1, V2_1 and V3_1 first set.
alter table appointments force row level security;
alter table treatments force row level security;
alter table booking_policies force row level security;
alter table payment_ledgers force row level security;
alter table payment_ledger_entries force row level security;
