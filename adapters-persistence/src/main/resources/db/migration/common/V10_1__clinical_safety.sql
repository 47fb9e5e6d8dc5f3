-- Clinical safety (issue 10): a prescriber's statutory registration (GMC, NMC, GPhC, GDC) per practitioner, and the
-- prescriber consultations a prescription-only medicine (toxin) needs before it may be booked or given. A
-- consultation is written once and never changed; it keeps the prescriber's name and registration as they were.

create table prescriber_registrations (
    tenant_id           varchar(36) not null,
    practitioner_id     varchar(36) not null,
    register_body       varchar(8)  not null,
    registration_number varchar(16) not null,
    constraint pk_prescriber_registrations primary key (tenant_id, practitioner_id),
    constraint fk_prescriber_registrations_practitioner foreign key (tenant_id, practitioner_id)
        references practitioners (tenant_id, id),
    constraint ck_prescriber_registrations_body check (register_body in ('GMC', 'NMC', 'GPhC', 'GDC'))
);

create table prescriber_consultations (
    tenant_id           varchar(36)  not null,
    id                  varchar(36)  not null,
    client_id           varchar(36)  not null,
    category            varchar(32)  not null,
    prescriber_id       varchar(36)  not null,
    prescriber_name     varchar(200) not null,
    register_body       varchar(8)   not null,
    registration_number varchar(16)  not null,
    mode                varchar(16)  not null,
    completed_at        timestamp with time zone not null,
    constraint pk_prescriber_consultations primary key (tenant_id, id),
    constraint fk_prescriber_consultations_client foreign key (tenant_id, client_id) references clients (tenant_id, id),
    constraint fk_prescriber_consultations_prescriber foreign key (tenant_id, prescriber_id)
        references practitioners (tenant_id, id),
    constraint ck_prescriber_consultations_mode check (mode in ('FACE_TO_FACE', 'VIDEO', 'PHONE'))
);
create index ix_prescriber_consultations_client on prescriber_consultations (tenant_id, client_id, completed_at);
