-- The academy (issue 14): courses, their immutable versions, enrolments and lesson completions. Only completion
-- facts are stored; module and course progress are derived on every read. A version's content (modules, lessons,
-- completion requirements) is written once as a document, never updated; the facts a query or a certificate needs
-- (number, CPD hours, accrediting body) are columns.

create table academy_courses (
    tenant_id      varchar(36)   not null,
    id             varchar(36)   not null,
    title          varchar(200)  not null,
    self_enrolment boolean       not null,
    prerequisites  varchar(20000) not null,
    version        bigint        not null,
    constraint pk_academy_courses primary key (tenant_id, id),
    constraint fk_academy_courses_tenant foreign key (tenant_id) references tenants (id)
);

create table academy_course_versions (
    tenant_id                  varchar(36)   not null,
    course_id                  varchar(36)   not null,
    number                     integer       not null,
    cpd_hours                  numeric(7, 2) not null,
    cpd_participatory_hours    numeric(7, 2) not null,
    accrediting_body           varchar(200)  not null,
    accreditation_number       varchar(100)  not null,
    course_level               varchar(20)   not null,
    target_professions         varchar(200)  not null,
    certificate_validity       varchar(20),
    content                    varchar(1000000) not null,
    constraint pk_academy_course_versions primary key (tenant_id, course_id, number),
    constraint ck_academy_course_versions_number check (number >= 1),
    constraint fk_academy_course_versions_course foreign key (tenant_id, course_id)
        references academy_courses (tenant_id, id)
);

create table academy_enrolments (
    tenant_id         varchar(36)   not null,
    id                varchar(36)   not null,
    course_id         varchar(36)   not null,
    learner_id        varchar(36)   not null,
    route             varchar(16)   not null,
    status            varchar(16)   not null,
    enrolled_at       timestamp with time zone not null,
    access_until      timestamp with time zone,
    completed_version integer,
    completed_at      timestamp with time zone,
    ended_at          timestamp with time zone,
    note              varchar(1000),
    version           bigint        not null,
    constraint pk_academy_enrolments primary key (tenant_id, id),
    constraint uq_academy_enrolments_learner unique (tenant_id, course_id, learner_id),
    constraint fk_academy_enrolments_course foreign key (tenant_id, course_id)
        references academy_courses (tenant_id, id),
    constraint fk_academy_enrolments_learner foreign key (tenant_id, learner_id)
        references staff_accounts (tenant_id, id)
);
create index ix_academy_enrolments_learner on academy_enrolments (tenant_id, learner_id);

create table academy_lesson_completions (
    tenant_id    varchar(36) not null,
    course_id    varchar(36) not null,
    learner_id   varchar(36) not null,
    lesson_id    varchar(36) not null,
    completed_at timestamp with time zone not null,
    completed_by varchar(16) not null,
    constraint pk_academy_lesson_completions primary key (tenant_id, course_id, learner_id, lesson_id),
    constraint fk_academy_lesson_completions_course foreign key (tenant_id, course_id)
        references academy_courses (tenant_id, id),
    constraint fk_academy_lesson_completions_learner foreign key (tenant_id, learner_id)
        references staff_accounts (tenant_id, id)
);
