-- PostgreSQL only, just before V39_1 fills the name words of existing clients again: V34's fill ran as the owner,
-- which is no superuser and is itself bound by FORCE ROW LEVEL SECURITY, so with no app.tenant_id set it saw no row and
-- changed nothing (and V11_4's words were never written on a database that held clients then). The owner is released
-- from the policies of the two tables V39_1 reads and writes; V39_1_1 binds it again. The application role never owns
-- these tables, so row-level security keeps applying to it throughout (FORCE only concerns the owner).
alter table clients no force row level security;
alter table client_name_words no force row level security;
