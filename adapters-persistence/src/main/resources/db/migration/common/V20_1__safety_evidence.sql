-- Clinical safety, the remaining legal gates (issue 10): proof of age staff saw, doctor's directions for under-age
-- clients, prescriptions linking consultation, prescriber and client, cosmetic-procedure licences per practitioner and
-- per premises, and each clinic's safety settings. ID checks, directions and prescriptions are evidence: written once.

create table client_id_checks (
    tenant_id           varchar(36) not null,
    id                  varchar(36) not null,
    client_id           varchar(36) not null,
    checked_by          varchar(36) not null,
    checked_at          timestamp with time zone not null,
    document_type       varchar(32) not null,
    date_of_birth_shown date        not null,
    constraint pk_client_id_checks primary key (tenant_id, id),
    constraint fk_client_id_checks_client foreign key (tenant_id, client_id) references clients (tenant_id, id),
    constraint ck_client_id_checks_type check (document_type in ('PASSPORT', 'PHOTOCARD_DRIVING_LICENCE',
        'PASS_CARD', 'NATIONAL_IDENTITY_CARD', 'BIOMETRIC_RESIDENCE_PERMIT', 'MILITARY_ID'))
);
create index ix_client_id_checks_client on client_id_checks (tenant_id, client_id, checked_at);

create table doctors_directions (
    tenant_id           varchar(36)   not null,
    id                  varchar(36)   not null,
    client_id           varchar(36)   not null,
    category            varchar(32)   not null,
    doctor_name         varchar(200)  not null,
    register_body       varchar(8)    not null,
    registration_number varchar(16)   not null,
    reason              varchar(2000) not null,
    recorded_by         varchar(36)   not null,
    recorded_at         timestamp with time zone not null,
    constraint pk_doctors_directions primary key (tenant_id, id),
    constraint fk_doctors_directions_client foreign key (tenant_id, client_id) references clients (tenant_id, id),
    constraint ck_doctors_directions_register check (register_body = 'GMC')
);
create index ix_doctors_directions_client on doctors_directions (tenant_id, client_id, recorded_at);

create table prescriptions (
    tenant_id       varchar(36)  not null,
    id              varchar(36)  not null,
    client_id       varchar(36)  not null,
    consultation_id varchar(36)  not null,
    product         varchar(200) not null,
    issued_at       timestamp with time zone not null,
    constraint pk_prescriptions primary key (tenant_id, id),
    constraint fk_prescriptions_client foreign key (tenant_id, client_id) references clients (tenant_id, id),
    constraint fk_prescriptions_consultation foreign key (tenant_id, consultation_id)
        references prescriber_consultations (tenant_id, id)
);
create index ix_prescriptions_client on prescriptions (tenant_id, client_id, issued_at);

create table cosmetic_licences (
    tenant_id            varchar(36)  not null,
    holder_kind          varchar(16)  not null,
    holder_id            varchar(36)  not null,
    licence_number       varchar(60)  not null,
    tier                 varchar(30)  not null,
    expires_on           date         not null,
    insurance_expires_on date         not null,
    categories           varchar(400) not null,
    constraint pk_cosmetic_licences primary key (tenant_id, holder_id),
    constraint ck_cosmetic_licences_kind check (holder_kind in ('PRACTITIONER', 'PREMISES'))
);

create table safety_settings (
    tenant_id             varchar(36)   not null,
    screening_validity    varchar(16)   not null,
    reconfirmation_window varchar(16)   not null,
    consultation_validity varchar(16)   not null,
    reflection_periods    varchar(1000) not null,
    licensing_enforced    boolean       not null,
    constraint pk_safety_settings primary key (tenant_id),
    constraint fk_safety_settings_tenant foreign key (tenant_id) references tenants (id)
);
