-- PostgreSQL only: byte-order ("C") collation for the search keys, so a prefix is exactly a b-tree range whatever the
-- database's collation; the trigram index of V11_2_1 went with the name_words column;
-- row-level security and grants for the name words (replaced on a rename, hence delete).
alter table clients alter column email type varchar(254) collate "C";
alter table clients alter column phone_digits type varchar(16) collate "C";
alter table client_name_words alter column word type varchar(100) collate "C";

alter table client_name_words enable row level security;
alter table client_name_words force row level security;
create policy tenant_isolation on client_name_words
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

grant select, insert, delete on client_name_words to ${appRole};
