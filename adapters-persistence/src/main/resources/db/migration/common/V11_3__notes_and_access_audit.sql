-- Client records (issue 11): staff notes (general, clinical, alert; never edited, an amendment is a new note that
-- points at the one it amends) and the access audit (who read which clinical record, when and why; every export).
-- Both are append-only: on PostgreSQL the application role may only insert and select (V11_3_1). The audit copies
-- no clinical content: the kind and id of what was read, never its text.

create table client_notes (
    tenant_id  varchar(36)              not null,
    id         varchar(36)              not null,
    client_id  varchar(36)              not null,
    kind       varchar(16)              not null,
    note_text  varchar(4000)            not null,
    author_id  varchar(36)              not null,
    written_at timestamp with time zone not null,
    amends_id  varchar(36),
    constraint pk_client_notes primary key (tenant_id, id),
    constraint fk_client_notes_client foreign key (tenant_id, client_id) references clients (tenant_id, id),
    constraint fk_client_notes_amends foreign key (tenant_id, amends_id) references client_notes (tenant_id, id)
);
create index ix_client_notes_client on client_notes (tenant_id, client_id, written_at);

create table access_audit (
    tenant_id   varchar(36)              not null,
    id          varchar(36)              not null,
    actor_id    varchar(36)              not null,
    client_id   varchar(36)              not null,
    accessed    varchar(24)              not null,
    record_id   varchar(36),
    reason      varchar(32)              not null,
    accessed_at timestamp with time zone not null,
    constraint pk_access_audit primary key (tenant_id, id),
    constraint fk_access_audit_client foreign key (tenant_id, client_id) references clients (tenant_id, id)
);
create index ix_access_audit_client on access_audit (tenant_id, client_id, accessed_at);
