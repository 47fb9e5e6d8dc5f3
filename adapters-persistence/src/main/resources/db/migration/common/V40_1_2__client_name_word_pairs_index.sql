-- Client search (issue 11): the index a search of two name words reads (V40) and the pairs' foreign key, added once
-- V40_1_1 has filled the pairs of existing clients.
create index ix_client_name_word_pairs_search on client_name_word_pairs
    (tenant_id, first_initial, second_word, first_word, client_status, last_name, first_name, client_id);
alter table client_name_word_pairs add constraint fk_client_name_word_pairs_client
    foreign key (tenant_id, client_id) references clients (tenant_id, id);
