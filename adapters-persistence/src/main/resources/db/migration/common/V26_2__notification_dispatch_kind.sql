-- Issue 12: the kind of each message beside its delivery state, so the outbox depth per kind (queued, due, dead) can
-- be counted across tenants for the metrics without reading the tenant-owned table. A kind is no personal data.
-- Rows written before this version take their kind from their message where the migrating role can read it (on
-- PostgreSQL under forced row-level security it may not); the rest count as kind "unknown".
alter table notification_dispatch add column kind varchar(60);
update notification_dispatch set kind = (select m.kind from notification_messages m where m.id = notification_dispatch.id);
create index ix_notification_dispatch_kind on notification_dispatch (kind, state);
