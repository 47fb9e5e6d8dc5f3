-- Client identity rule (issue 9 item 1, issue 11): a booking joins an existing client only when e-mail, date of birth
-- and surname all agree, so one e-mail address may now belong to several clients (a family, a couple). The unique key
-- moves from (tenant, e-mail) to (tenant, e-mail, date of birth, surname key); it is also what stops two concurrent
-- first bookings of one new person from creating two clients. surname_key is the surname folded by the application
-- (ClientIdentity.surnameKey: lower case, no accents, apostrophes, spaces or hyphens); rows stored before this version
-- get an approximation (lower case without spaces, hyphens and apostrophes) that is exact for unaccented surnames.
-- A new client who shares an e-mail address or phone number with another is flagged for staff to check, never merged.

alter table clients add column surname_key varchar(100);
update clients set surname_key = replace(replace(replace(lower(last_name), ' ', ''), '-', ''), '''', '');
alter table clients alter column surname_key set not null;
alter table clients drop constraint uq_clients_email;
alter table clients add constraint uq_clients_identity unique (tenant_id, email, date_of_birth, surname_key);
create index ix_clients_email on clients (tenant_id, email);
create index ix_clients_phone on clients (tenant_id, phone);

create table client_possible_duplicates (
    tenant_id    varchar(36)              not null,
    client_id    varchar(36)              not null,
    duplicate_of varchar(36)              not null,
    flagged_at   timestamp with time zone not null,
    constraint pk_client_possible_duplicates primary key (tenant_id, client_id, duplicate_of),
    constraint fk_client_possible_duplicates_client foreign key (tenant_id, client_id)
        references clients (tenant_id, id),
    constraint fk_client_possible_duplicates_other foreign key (tenant_id, duplicate_of)
        references clients (tenant_id, id)
);
