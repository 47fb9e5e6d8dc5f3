-- Client records (issue 11): the retention job's log. One row per part of a client's clinical record the job purged
-- (with how many entries, the first day retention allowed it and the rule that ran out), or one row when a legal hold
-- kept a record whose retention had run out (with the holds' ids). No foreign key to clients: the log must outlive
-- everything it describes. It holds no clinical content and no name, only the client's id. Insert and select only
-- for the application role (V33_1_1).

create table clinical_purges (
    tenant_id      varchar(36)              not null,
    id             varchar(36)              not null,
    client_id      varchar(36)              not null,
    outcome        varchar(8)               not null,
    part           varchar(32),
    entries        integer                  not null,
    purgeable_from date                     not null,
    basis          varchar(32)              not null,
    legal_holds    varchar(2000),
    done_at        timestamp with time zone not null,
    constraint pk_clinical_purges primary key (tenant_id, id),
    constraint ck_clinical_purges_outcome check (outcome in ('PURGED', 'HELD')),
    constraint ck_clinical_purges_part check ((outcome = 'PURGED') = (part is not null))
);
create index ix_clinical_purges_client on clinical_purges (tenant_id, client_id, done_at);
