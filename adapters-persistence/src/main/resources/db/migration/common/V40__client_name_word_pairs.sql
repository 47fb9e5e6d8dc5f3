-- Client search (issue 11): a search of two or more name words ("em sm") is one b-tree range of word pairs. Each
-- client has a row for every ordered pair of its name words, a word with itself included, so "em sm", "sm em" and
-- "em em" match as they do word by word; the row carries the first word's first character, which the index leads with, so the two
-- typed prefixes bound one short run of the index instead of the whole run of the broader word (10,000 entries for
-- "em" in a clinic of 100,000: docs/benchmarks.md "Client search"). Like the name words, the rows carry the client's
-- status and names, written by the application on every write of the client; V40_1_1 fills them for existing clients
-- and V40_1_2 adds the search index and the foreign key after that fill, so the fill pays for neither row by row.
create table client_name_word_pairs (
    tenant_id     varchar(36)  not null,
    client_id     varchar(36)  not null,
    first_word    varchar(100) not null,
    second_word   varchar(100) not null,
    first_initial varchar(2)   not null,
    client_status varchar(16)  not null,
    last_name     varchar(100) not null,
    first_name    varchar(100) not null,
    constraint pk_client_name_word_pairs primary key (tenant_id, client_id, first_word, second_word)
);
