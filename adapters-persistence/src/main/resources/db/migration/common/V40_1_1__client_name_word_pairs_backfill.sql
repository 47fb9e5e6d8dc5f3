-- Client search (issue 11): the word pairs of every existing client, from its name words (V40), carrying the client's
-- status and names as its words do. The initial is the first character, or U+FFFD for one outside the Basic
-- Multilingual Plane, which ascii() gives as its code point on PostgreSQL and as a high surrogate on H2
-- (ClientNameWords.initial computes the same).
insert into client_name_word_pairs (tenant_id, client_id, first_word, second_word, first_initial, client_status,
                                    last_name, first_name)
    select a.tenant_id, a.client_id, a.word, b.word,
           case when ascii(a.word) > 65535 or ascii(a.word) between 55296 and 56319 then U&'\FFFD'
                else substring(a.word, 1, 1) end,
           a.client_status, a.last_name, a.first_name
    from client_name_words a join client_name_words b on b.tenant_id = a.tenant_id and b.client_id = a.client_id;
