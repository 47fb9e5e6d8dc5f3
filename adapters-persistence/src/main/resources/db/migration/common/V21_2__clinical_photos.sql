-- Client records (issue 11): before/after photos attached to a treatment record (by appointment, so a correction never
-- orphans one). The bytes live in the document store, stripped of all metadata on upload; the row holds the key, the
-- format, the dimensions and the SHA-256 of the stored bytes. Insert and select only for the application role
-- (V21_2_1): a clinical photo is part of the clinical record and is purged only by the retention job.

create table clinical_photos (
    tenant_id      varchar(36)              not null,
    id             varchar(36)              not null,
    client_id      varchar(36)              not null,
    appointment_id varchar(36)              not null,
    kind           varchar(16)              not null,
    format         varchar(8)               not null,
    width          integer                  not null,
    height         integer                  not null,
    size_bytes     bigint                   not null,
    sha256         varchar(64)              not null,
    document_key   varchar(500)             not null,
    uploaded_by    varchar(36)              not null,
    uploaded_at    timestamp with time zone not null,
    constraint pk_clinical_photos primary key (tenant_id, id),
    constraint fk_clinical_photos_client foreign key (tenant_id, client_id) references clients (tenant_id, id)
);
create index ix_clinical_photos_appointment on clinical_photos (tenant_id, appointment_id, uploaded_at);
create index ix_clinical_photos_client on clinical_photos (tenant_id, client_id);
