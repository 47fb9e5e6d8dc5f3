-- PostgreSQL only: byte-order ("C") collation for the pair keys, as for the name words (V11_4_1), so a prefix is
-- exactly a b-tree range; row-level security and grants for the pairs (replaced on a rename, updated on an archive or merge).
-- The owner is released from FORCE on client_name_words until V40_1_1_1, so that V40_1_1 can read every tenant's words
-- (see docs/operations.md on data migrations under FORCE ROW LEVEL SECURITY); the pairs are forced there too.
alter table client_name_word_pairs alter column first_word type varchar(100) collate "C";
alter table client_name_word_pairs alter column second_word type varchar(100) collate "C";
alter table client_name_word_pairs alter column first_initial type varchar(2) collate "C";

alter table client_name_word_pairs enable row level security;
create policy tenant_isolation on client_name_word_pairs
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

grant select, insert, update, delete on client_name_word_pairs to ${appRole};

alter table client_name_words no force row level security;
