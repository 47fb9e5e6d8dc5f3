-- Issue 12: a clinic's own timing of its messages, beside its treatment-naming choice: how long news of a change its
-- staff made waits (so a change undone at once is never seen; seconds, 0 to 3600) and its reminder times (minutes
-- before the appointment, comma-separated, largest first; '' for no reminders). Null keeps the standard (2 minutes;
-- 48 h and 2 h). A row made for timing alone gets the standard naming.
alter table notification_settings add column clinic_change_delay_seconds integer;
alter table notification_settings add column reminder_minutes varchar(100);
alter table notification_settings add constraint ck_notification_settings_delay
    check (clinic_change_delay_seconds is null or clinic_change_delay_seconds between 0 and 3600);
