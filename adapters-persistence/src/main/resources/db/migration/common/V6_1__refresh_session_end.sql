-- A sign-in gets an absolute end: every refresh token carries the moment its session ends, copied unchanged on each
-- rotation, so rotating can no longer keep a session alive for ever. Sessions opened before this column existed have
-- no known start, so they end now (their holders sign in once more); the default only fills those rows.
alter table refresh_tokens add column session_expires_at timestamp with time zone
    default timestamp with time zone '1970-01-01 00:00:00+00' not null;
alter table refresh_tokens alter column session_expires_at drop default;
