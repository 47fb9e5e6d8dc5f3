-- PostgreSQL only: V40_1_1 has filled the word pairs, so the owner is bound by row-level security again on the name
-- words (as V11_4_1 first set) and from now on on the pairs, whose statistics the planner gets at once.
alter table client_name_words force row level security;
alter table client_name_word_pairs force row level security;
analyze client_name_word_pairs;
