-- Client records (issue 11): the client a booking creates becomes a full profile staff can find, edit, archive and
-- merge. New columns on clients: status and the client it was merged into, service-message channels, marketing
-- consents with the moment given, and search keys computed by the application (name_words: the folded first and
-- last name words, each preceded by a space, so "% zo%" finds a word starting "zo"; phone_digits: international
-- digits without "+"). Rows stored before this version get approximate keys (lower case), exact for plain names.
-- A merged client keeps its identity (a booking matching it goes to the client it was merged into), so the identity
-- key gains identity_slot: empty for current clients, the row's own id for merged ones, which never collide.
-- client_changes is the edit history (who, what, when): append-only, never updated or deleted.

alter table clients add column status varchar(16) default 'ACTIVE' not null;
alter table clients add column merged_into varchar(36);
alter table clients add column contact_email boolean default false not null;
alter table clients add column contact_sms boolean default false not null;
alter table clients add column contact_phone boolean default false not null;
alter table clients add column marketing_messages_since timestamp with time zone;
alter table clients add column marketing_photos_since timestamp with time zone;
alter table clients add column name_words varchar(250) default '' not null;
alter table clients add column phone_digits varchar(16) default '' not null;
update clients set name_words = ' ' || lower(first_name) || ' ' || lower(last_name),
    phone_digits = substring(phone from 2);
alter table clients add column identity_slot varchar(36) default '' not null;
alter table clients drop constraint uq_clients_identity;
alter table clients add constraint uq_clients_identity
    unique (tenant_id, email, date_of_birth, surname_key, identity_slot);
create index ix_clients_birth on clients (tenant_id, date_of_birth);
create index ix_clients_phone_digits on clients (tenant_id, phone_digits);

create table client_changes (
    tenant_id      varchar(36)              not null,
    id             varchar(36)              not null,
    client_id      varchar(36)              not null,
    kind           varchar(24)              not null,
    changed_by     varchar(36)              not null,
    changed_at     timestamp with time zone not null,
    counterpart_id varchar(36),
    fields         varchar(8000)            not null,
    constraint pk_client_changes primary key (tenant_id, id),
    constraint fk_client_changes_client foreign key (tenant_id, client_id) references clients (tenant_id, id)
);
create index ix_client_changes_client on client_changes (tenant_id, client_id, changed_at);
