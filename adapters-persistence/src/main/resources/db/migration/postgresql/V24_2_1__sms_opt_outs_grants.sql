-- PostgreSQL only: the STOP list is platform data with no tenant and no personal data in clear (a hash of the
-- number), so it has no row-level security; the application role reads it when choosing channels, adds to it on a
-- STOP and removes from it on a START.

grant select, insert, delete on sms_opt_outs to ${appRole};
