-- A version on each clinic's safety settings, so a change names the version it replaces (If-Match) and two people
-- editing the validity windows or enforcement switches cannot silently overwrite each other. Rows already stored start
-- at 0, the version a clinic that keeps the defaults also reads.
alter table safety_settings add column version bigint default 0 not null;
