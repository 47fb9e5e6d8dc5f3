-- Academy assessments (issue 14): question banks, question versions (written once: an edit is a new version, so an
-- attempt that pinned a version is always graded against what the learner saw), assessments, attempts and the audit
-- entries of applied regrades. Documents hold the structure (exact fractions as "n/d"); the facts a query needs are
-- columns. One attempt per learner, assessment and number (two starts at once never make two first attempts).

create table academy_question_banks (
    tenant_id  varchar(36)  not null,
    id         varchar(36)  not null,
    title      varchar(200) not null,
    constraint pk_academy_question_banks primary key (tenant_id, id),
    constraint fk_academy_question_banks_tenant foreign key (tenant_id) references tenants (id)
);

create table academy_questions (
    tenant_id   varchar(36)   not null,
    id          varchar(48)   not null,
    question_id varchar(36)   not null,
    version     integer       not null,
    bank_id     varchar(36)   not null,
    kind        varchar(20)   not null,
    added       bigint        not null,
    document    varchar(200000) not null,
    constraint pk_academy_questions primary key (tenant_id, id),
    constraint uq_academy_questions_version unique (tenant_id, question_id, version),
    constraint ck_academy_questions_version check (version >= 1),
    constraint fk_academy_questions_bank foreign key (tenant_id, bank_id)
        references academy_question_banks (tenant_id, id)
);
create index ix_academy_questions_bank on academy_questions (tenant_id, bank_id);

create table academy_assessments (
    tenant_id  varchar(36)   not null,
    id         varchar(36)   not null,
    course_id  varchar(36)   not null,
    title      varchar(200)  not null,
    document   varchar(100000) not null,
    version    bigint        not null,
    constraint pk_academy_assessments primary key (tenant_id, id),
    constraint fk_academy_assessments_course foreign key (tenant_id, course_id)
        references academy_courses (tenant_id, id)
);

create table academy_attempts (
    tenant_id     varchar(36)  not null,
    id            varchar(36)  not null,
    assessment_id varchar(36)  not null,
    learner_id    varchar(36)  not null,
    number        integer      not null,
    state         varchar(20)  not null,
    started_at    timestamp with time zone not null,
    deadline      timestamp with time zone,
    grace_seconds integer      not null,
    cutoff        timestamp with time zone,
    sequence      integer      not null,
    finished_at   timestamp with time zone,
    finish_reason varchar(20),
    percent       numeric(9, 4),
    document      varchar(1000000) not null,
    version       bigint       not null,
    constraint pk_academy_attempts primary key (tenant_id, id),
    constraint uq_academy_attempts_number unique (tenant_id, assessment_id, learner_id, number),
    constraint ck_academy_attempts_number check (number >= 1),
    constraint fk_academy_attempts_assessment foreign key (tenant_id, assessment_id)
        references academy_assessments (tenant_id, id),
    constraint fk_academy_attempts_learner foreign key (tenant_id, learner_id)
        references staff_accounts (tenant_id, id)
);
create index ix_academy_attempts_open on academy_attempts (tenant_id, state, cutoff);

create table academy_regrade_audits (
    tenant_id     varchar(36)   not null,
    id            varchar(36)   not null,
    assessment_id varchar(36)   not null,
    applied_by    varchar(36)   not null,
    applied_at    timestamp with time zone not null,
    reason        varchar(1000) not null,
    summary       varchar(10000) not null,
    notes         varchar(100000) not null,
    constraint pk_academy_regrade_audits primary key (tenant_id, id),
    constraint fk_academy_regrade_audits_assessment foreign key (tenant_id, assessment_id)
        references academy_assessments (tenant_id, id)
);
