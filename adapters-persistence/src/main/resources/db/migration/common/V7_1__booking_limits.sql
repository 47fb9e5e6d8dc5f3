-- Slot hoarding (issue 7): public bookings are limited per client and per network address. An appointment booked
-- publicly keeps a key of the address it came from (a SHA-256 of tenant and address, never the address itself), so the
-- bookings from one address can be counted; staff bookings have none.

alter table appointments add column origin_key varchar(64);
create index ix_appointments_origin on appointments (tenant_id, origin_key);
