-- Client search (issue 11): what V11_4 and V34 meant to fill, filled where they could not (see V39 on PostgreSQL).
-- A client without any name word gets V11_4's approximate words (the lower-cased first and last name; the application
-- writes the folded words on the client's next change), and every word row carries its client's status and names, as
-- the application keeps them from then on. Both statements change nothing on a database where V11_4 and V34 worked.
insert into client_name_words (tenant_id, client_id, word, client_status, last_name, first_name)
    select c.tenant_id, c.id, lower(c.first_name), c.status, c.last_name, c.first_name from clients c
    where not exists (select 1 from client_name_words w where w.tenant_id = c.tenant_id and w.client_id = c.id);
insert into client_name_words (tenant_id, client_id, word, client_status, last_name, first_name)
    select c.tenant_id, c.id, lower(c.last_name), c.status, c.last_name, c.first_name from clients c
    where lower(c.last_name) <> lower(c.first_name) and not exists (select 1 from client_name_words w
        where w.tenant_id = c.tenant_id and w.client_id = c.id and w.word = lower(c.last_name));
update client_name_words w set (client_status, last_name, first_name) =
    (select c.status, c.last_name, c.first_name from clients c where c.tenant_id = w.tenant_id and c.id = w.client_id);
