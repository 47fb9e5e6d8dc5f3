-- Client records (issue 11, second half): signed treatment records, one chart per completed appointment. Each entry
-- (the original or a correction) is one row, inserted once and never changed; a correction points at the entry it
-- corrects, and at most one entry may correct a given entry, so a chart is a single line, never a tree. The details
-- (products with doses, technique, aftercare, complications, follow-up) are stored as the JSON the adapter writes;
-- each product used is also a row of treatment_record_products, so a recall search ("who received batch X between
-- these dates") is an index lookup. On PostgreSQL the application role may only insert and select (V21_1_1).

create table treatment_records (
    tenant_id         varchar(36)              not null,
    id                varchar(36)              not null,
    appointment_id    varchar(36)              not null,
    client_id         varchar(36)              not null,
    practitioner_id   varchar(36)              not null,
    category          varchar(32)              not null,
    treated_on        date                     not null,
    details           varchar(100000)          not null,
    signed_by         varchar(36)              not null,
    signed_at         timestamp with time zone not null,
    signed_by_user    varchar(36)              not null,
    original_of       varchar(36),
    corrects_id       varchar(36),
    correction_reason varchar(500),
    constraint pk_treatment_records primary key (tenant_id, id),
    constraint fk_treatment_records_client foreign key (tenant_id, client_id) references clients (tenant_id, id),
    constraint fk_treatment_records_corrects foreign key (tenant_id, corrects_id)
        references treatment_records (tenant_id, id),
    constraint uq_treatment_records_original unique (tenant_id, original_of),
    constraint uq_treatment_records_corrects unique (tenant_id, corrects_id),
    constraint ck_treatment_records_kind check ((original_of is null) <> (corrects_id is null)),
    constraint ck_treatment_records_reason check ((corrects_id is null) = (correction_reason is null))
);
create index ix_treatment_records_appointment on treatment_records (tenant_id, appointment_id, signed_at);
create index ix_treatment_records_client on treatment_records (tenant_id, client_id);

create table treatment_record_products (
    tenant_id    varchar(36)  not null,
    id           varchar(40)  not null,
    record_id    varchar(36)  not null,
    product_index integer     not null,
    lot          varchar(40)  not null,
    manufacturer varchar(200) not null,
    treated_on   date         not null,
    constraint pk_treatment_record_products primary key (tenant_id, id),
    constraint fk_treatment_record_products_record foreign key (tenant_id, record_id)
        references treatment_records (tenant_id, id),
    constraint uq_treatment_record_products unique (tenant_id, record_id, product_index)
);
create index ix_treatment_record_products_lot on treatment_record_products (tenant_id, lot, treated_on);
