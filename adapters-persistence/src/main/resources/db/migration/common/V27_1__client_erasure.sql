-- Client records (issue 11): erasure requests and legal holds. Each erasure request is stored as one row per part of
-- the record it covers (its plan): erased now, or retained until a derived date and why, or kept while a legal hold
-- stands; done_at/done_by record when each step was carried out (done_by empty for the scheduled purge job). The
-- request keeps only the client's id, never its name. A legal hold is placed and later released, never deleted.

create table client_erasure_steps (
    tenant_id      varchar(36)              not null,
    request_id     varchar(36)              not null,
    part           varchar(32)              not null,
    client_id      varchar(36)              not null,
    received_at    timestamp with time zone not null,
    recorded_by    varchar(36)              not null,
    disposition    varchar(16)              not null,
    purgeable_from date,
    basis          varchar(32),
    kept_because   varchar(32),
    on_legal_hold  boolean                  not null,
    done_at        timestamp with time zone,
    done_by        varchar(36),
    id             varchar(36)              not null,
    constraint pk_client_erasure_steps primary key (tenant_id, id),
    constraint uq_client_erasure_steps_part unique (tenant_id, request_id, part)
);
create index ix_client_erasure_steps_client on client_erasure_steps (tenant_id, client_id, received_at);

create table client_legal_holds (
    tenant_id   varchar(36)              not null,
    id          varchar(36)              not null,
    client_id   varchar(36)              not null,
    reason      varchar(500)             not null,
    placed_by   varchar(36)              not null,
    placed_at   timestamp with time zone not null,
    released_by varchar(36),
    released_at timestamp with time zone,
    constraint pk_client_legal_holds primary key (tenant_id, id)
);
create index ix_client_legal_holds_client on client_legal_holds (tenant_id, client_id);
