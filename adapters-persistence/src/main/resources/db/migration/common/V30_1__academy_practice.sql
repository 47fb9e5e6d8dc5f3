-- Academy practical competency (issue 14): professional registrations (one per person and register, verified by an
-- administrator), trainees' case logs with the supervisor's sign-off, and OSCE sittings. A case is logged once per
-- trainee, course, patient reference, moment and modality (a retried log finds it); a sitting is written once per
-- trainee, station and number (two examiners recording the same sitting keep one). Patients appear only as the
-- clinic's pseudonymous reference.

create table academy_registrations (
    tenant_id   varchar(36) not null,
    person_id   varchar(36) not null,
    body        varchar(8)  not null,
    number      varchar(16) not null,
    verified_by varchar(36),
    verified_at timestamp with time zone,
    constraint pk_academy_registrations primary key (tenant_id, person_id, body),
    constraint ck_academy_registrations_verified check ((verified_by is null) = (verified_at is null)),
    constraint fk_academy_registrations_person foreign key (tenant_id, person_id)
        references staff_accounts (tenant_id, id)
);

create table academy_case_log (
    tenant_id              varchar(36)   not null,
    id                     varchar(36)   not null,
    trainee_id             varchar(36)   not null,
    course_id              varchar(36)   not null,
    modality               varchar(32)   not null,
    procedure_done         varchar(300)  not null,
    performed_at           timestamp with time zone not null,
    patient_reference      varchar(20)   not null,
    consent_ticked         varchar(4000) not null,
    consultation_ticked    varchar(4000) not null,
    reflection             varchar(5000),
    supervisor_id          varchar(36),
    supervisor_body        varchar(8),
    supervisor_number      varchar(16),
    supervisor_verified_by varchar(36),
    supervisor_verified_at timestamp with time zone,
    decision               varchar(16),
    signed_at              timestamp with time zone,
    sign_off_comment       varchar(2000),
    version                bigint        not null,
    constraint pk_academy_case_log primary key (tenant_id, id),
    constraint uq_academy_case_log_case unique (tenant_id, trainee_id, course_id, patient_reference, performed_at,
        modality),
    constraint ck_academy_case_log_decision check ((decision is null) = (signed_at is null)),
    constraint fk_academy_case_log_course foreign key (tenant_id, course_id)
        references academy_courses (tenant_id, id),
    constraint fk_academy_case_log_trainee foreign key (tenant_id, trainee_id)
        references staff_accounts (tenant_id, id)
);
create index ix_academy_case_log_course on academy_case_log (tenant_id, course_id, performed_at);

create table academy_osce_sittings (
    tenant_id   varchar(36) not null,
    course_id   varchar(36) not null,
    station_id  varchar(36) not null,
    trainee_id  varchar(36) not null,
    attempt     integer     not null,
    passed      boolean     not null,
    examiner_id varchar(36) not null,
    examined_at timestamp with time zone not null,
    comment     varchar(2000),
    constraint pk_academy_osce_sittings primary key (tenant_id, course_id, station_id, trainee_id, attempt),
    constraint ck_academy_osce_sittings_attempt check (attempt >= 1),
    constraint fk_academy_osce_sittings_course foreign key (tenant_id, course_id)
        references academy_courses (tenant_id, id),
    constraint fk_academy_osce_sittings_trainee foreign key (tenant_id, trainee_id)
        references staff_accounts (tenant_id, id)
);
