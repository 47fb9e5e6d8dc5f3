-- PostgreSQL only: client search by e-mail or phone (issue 11) answers its count and its page's ids from the b-tree of
-- the key, which now also holds each client's status and names (INCLUDE, which H2 lacks), so neither reads the rows
-- of every match, only the page's 20 (measured in docs/benchmarks.md "Client search"). The new b-trees have the same
-- keys as the ones they replace, so the look-ups those served (a booking's identity match by e-mail) keep theirs. The
-- text_pattern_ops b-trees of V11_2_1 go: no query uses LIKE (under row-level security it never used an index; the
-- prefixes are ranges on the "C" collation since V11_4_1), yet every write of a client kept them up to date.
create index ix_clients_email_search on clients (tenant_id, email) include (status, last_name, first_name, id);
drop index ix_clients_email;
create index ix_clients_phone_search on clients (tenant_id, phone_digits) include (status, last_name, first_name, id);
drop index ix_clients_phone_digits;
drop index ix_clients_email_prefix;
drop index ix_clients_phone_prefix;
