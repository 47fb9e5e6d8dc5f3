-- Issue 15: drafted treatment descriptions (from a chat-completions model or the built-in template) that staff review,
-- possibly rewrite, and only then publish onto treatments.description. Deleting a treatment deletes its drafts.
create table treatment_description_drafts (
    tenant_id     varchar(36)              not null,
    id            varchar(36)              not null,
    treatment_id  varchar(36)              not null,
    text          varchar(2000)            not null,
    source        varchar(10)              not null,
    status        varchar(10)              not null,
    requested_by  varchar(36)              not null,
    drafted_at    timestamp with time zone not null,
    reviewed_by   varchar(36),
    reviewed_at   timestamp with time zone,
    published_at  timestamp with time zone,
    constraint pk_treatment_description_drafts primary key (tenant_id, id),
    constraint fk_treatment_description_drafts_treatment foreign key (tenant_id, treatment_id)
        references treatments (tenant_id, id) on delete cascade,
    constraint ck_treatment_description_drafts_source check (source in ('MODEL', 'TEMPLATE')),
    constraint ck_treatment_description_drafts_status check (status in ('DRAFTED', 'REVIEWED', 'PUBLISHED')),
    constraint ck_treatment_description_drafts_reviewed
        check ((status = 'DRAFTED') = (reviewed_by is null) and (reviewed_by is null) = (reviewed_at is null)),
    constraint ck_treatment_description_drafts_published check ((status = 'PUBLISHED') = (published_at is not null))
);
create index ix_treatment_description_drafts_treatment
    on treatment_description_drafts (tenant_id, treatment_id, drafted_at);
