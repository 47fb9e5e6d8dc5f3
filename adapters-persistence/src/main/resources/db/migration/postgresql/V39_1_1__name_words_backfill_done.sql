-- PostgreSQL only: V39_1 has filled the name words, so the owner is bound by row-level security again on both tables
-- V39 released it from, as V2_1 and V11_4_1 first set.
alter table clients force row level security;
alter table client_name_words force row level security;
