-- PostgreSQL only: row-level security and grants for the client history, and the indexes that make client search a
-- prefix look-up (issue 11): text_pattern_ops b-trees for e-mail and phone prefixes (LIKE 'abc%'), and a trigram GIN
-- index on the name words, which serves LIKE '% zo%' (a name word starting "zo"). pg_trgm is a trusted extension, so
-- the database owner may create it. The history is append-only for the application role.
create extension if not exists pg_trgm;

create index ix_clients_email_prefix on clients (tenant_id, email text_pattern_ops);
create index ix_clients_phone_prefix on clients (tenant_id, phone_digits text_pattern_ops);
create index ix_clients_name_words on clients using gin (name_words gin_trgm_ops);

alter table client_changes enable row level security;
alter table client_changes force row level security;
create policy tenant_isolation on client_changes
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

grant select, insert on client_changes to ${appRole};
