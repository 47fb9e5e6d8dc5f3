-- Idempotency-Key answers are stored sealed with AES-GCM (issue 9, security finding 5a: a public booking's answer
-- carries the client's manage token). Sealing adds a prefix, a 12-byte nonce and a 16-byte tag and Base64 grows the
-- text by a third, so the columns grow to hold the largest answer V17_1 allowed once sealed. No new table, so no
-- row-level security companion: V17_1_1's policies cover these columns.

alter table idempotent_answers alter column body set data type varchar(27000);
alter table idempotent_answers alter column location set data type varchar(1400);
