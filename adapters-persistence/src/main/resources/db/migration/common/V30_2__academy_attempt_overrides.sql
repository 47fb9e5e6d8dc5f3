-- Academy per-learner overrides (issue 14): extra time, extra attempts and a later close for one learner on one
-- assessment, with who granted it, when and why. One row per learner and assessment; a new grant replaces it.

create table academy_attempt_overrides (
    tenant_id                 varchar(36)   not null,
    assessment_id             varchar(36)   not null,
    learner_id                varchar(36)   not null,
    extra_time_seconds        bigint        not null,
    extra_attempts            integer       not null,
    close_extension_seconds   bigint        not null,
    granted_by                varchar(36)   not null,
    granted_at                timestamp with time zone not null,
    reason                    varchar(1000) not null,
    constraint pk_academy_attempt_overrides primary key (tenant_id, assessment_id, learner_id),
    constraint ck_academy_attempt_overrides_adds check (extra_time_seconds >= 0 and extra_attempts >= 0
        and close_extension_seconds >= 0),
    constraint fk_academy_attempt_overrides_assessment foreign key (tenant_id, assessment_id)
        references academy_assessments (tenant_id, id),
    constraint fk_academy_attempt_overrides_learner foreign key (tenant_id, learner_id)
        references staff_accounts (tenant_id, id)
);
