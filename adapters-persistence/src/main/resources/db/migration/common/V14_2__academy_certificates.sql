-- Academy certificates (issue 14): issued once per learner, course version and award cycle (the unique key below, so
-- concurrent completions issue one), found by a verification code unique in the clinic, with a status history that
-- only grows (a revocation never deletes). The snapshot is copied at issue and never rewritten.

create table academy_certificates (
    tenant_id            varchar(36)   not null,
    id                   varchar(36)   not null,
    learner_id           varchar(36)   not null,
    course_id            varchar(36)   not null,
    course_version       integer       not null,
    award_cycle          integer       not null,
    revision             integer       not null,
    code                 varchar(12)   not null,
    learner_name         varchar(200)  not null,
    course_title         varchar(200)  not null,
    issuer               varchar(200)  not null,
    accrediting_body     varchar(200)  not null,
    accreditation_number varchar(100)  not null,
    cpd_hours            numeric(7, 2) not null,
    participatory_hours  numeric(7, 2) not null,
    issued_at            timestamp with time zone not null,
    expires_at           timestamp with time zone,
    constraint pk_academy_certificates primary key (tenant_id, id),
    constraint uq_academy_certificates_key unique (tenant_id, learner_id, course_id, course_version, award_cycle,
        revision),
    constraint uq_academy_certificates_code unique (tenant_id, code),
    constraint fk_academy_certificates_version foreign key (tenant_id, course_id, course_version)
        references academy_course_versions (tenant_id, course_id, number),
    constraint fk_academy_certificates_learner foreign key (tenant_id, learner_id)
        references staff_accounts (tenant_id, id)
);
create index ix_academy_certificates_learner on academy_certificates (tenant_id, learner_id);

create table academy_certificate_status (
    tenant_id      varchar(36)   not null,
    certificate_id varchar(36)   not null,
    position       integer       not null,
    action         varchar(16)   not null,
    changed_at     timestamp with time zone not null,
    changed_by     varchar(36)   not null,
    cause          varchar(16)   not null,
    reason         varchar(1000) not null,
    constraint pk_academy_certificate_status primary key (tenant_id, certificate_id, position),
    constraint fk_academy_certificate_status_certificate foreign key (tenant_id, certificate_id)
        references academy_certificates (tenant_id, id)
);
