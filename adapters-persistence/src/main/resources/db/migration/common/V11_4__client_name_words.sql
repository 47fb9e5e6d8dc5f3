-- Client search (issue 11): a name is searched by word prefix through client_name_words, one row per folded word of
-- the first and last name (written by the application on every create and rename), instead of LIKE on one column:
-- under row-level security PostgreSQL never uses an index for LIKE, which is not a leakproof operator, while the
-- range "word >= 'smi' and word < 'smi' || U+FFFF" uses the b-tree below (measured in docs/benchmarks.md). E-mail and
-- phone prefixes are ranges on their columns for the same reason. Rows stored before this version get approximate
-- words: the lower-cased first and last name.
alter table clients drop column name_words;

create table client_name_words (
    tenant_id varchar(36)  not null,
    client_id varchar(36)  not null,
    word      varchar(100) not null,
    constraint pk_client_name_words primary key (tenant_id, client_id, word),
    constraint fk_client_name_words_client foreign key (tenant_id, client_id) references clients (tenant_id, id)
);
insert into client_name_words (tenant_id, client_id, word) select tenant_id, id, lower(first_name) from clients;
insert into client_name_words (tenant_id, client_id, word) select tenant_id, id, lower(last_name) from clients
    where lower(last_name) <> lower(first_name);
create index ix_client_name_words_word on client_name_words (tenant_id, word, client_id);
