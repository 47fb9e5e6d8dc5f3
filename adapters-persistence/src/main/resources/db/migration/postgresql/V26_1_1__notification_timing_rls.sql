-- PostgreSQL only: the timing columns of V26_1 live in notification_settings, whose row-level security (V24_3_1)
-- already covers every column; the application role keeps exactly the rights it had on the table.
grant select, insert, update on notification_settings to ${appRole};
