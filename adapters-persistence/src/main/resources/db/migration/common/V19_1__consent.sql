-- Consent (issue 10): versioned consent templates per category and jurisdiction, one consent record per appointment
-- (the appointment is the treatment course for now) with the client's signature, the practitioner's countersignature
-- and the archived document's key and SHA-256, and the tenant's hash-chained clinical audit log.

create table consent_templates (
    tenant_id      varchar(36)    not null,
    id             varchar(36)    not null,
    category       varchar(40)    not null,
    jurisdiction   varchar(16)    not null,
    version        integer        not null,
    effective_from date           not null,
    title          varchar(200)   not null,
    blocks         varchar(200000) not null,
    created_at     timestamp with time zone not null,
    constraint pk_consent_templates primary key (tenant_id, id),
    constraint uq_consent_templates_version unique (tenant_id, category, jurisdiction, version),
    constraint uq_consent_templates_date unique (tenant_id, category, jurisdiction, effective_from)
);

create table consents (
    tenant_id             varchar(36)   not null,
    id                    varchar(36)   not null,
    appointment_id        varchar(36)   not null,
    client_id             varchar(36)   not null,
    course_id             varchar(36)   not null,
    category              varchar(40)   not null,
    jurisdiction          varchar(16)   not null,
    template_id           varchar(36)   not null,
    template_version      integer       not null,
    information_given_at  timestamp with time zone not null,
    typed_name            varchar(200),
    signature_png         varchar(280000),
    signed_at             timestamp with time zone,
    ip_address            varchar(45),
    user_agent            varchar(500),
    photo_clinical        boolean,
    photo_marketing       boolean,
    countersigned_by      varchar(36),
    countersigner_name    varchar(200),
    countersign_capacity  varchar(40),
    countersigned_at      timestamp with time zone,
    withdrawn_at          timestamp with time zone,
    document_key          varchar(400),
    document_sha256       varchar(64),
    document_media_type   varchar(100),
    row_version           bigint        not null,
    constraint pk_consents primary key (tenant_id, id),
    constraint uq_consents_appointment unique (tenant_id, appointment_id),
    constraint fk_consents_template foreign key (tenant_id, template_id) references consent_templates (tenant_id, id),
    constraint fk_consents_client foreign key (tenant_id, client_id) references clients (tenant_id, id)
);
create index ix_consents_client on consents (tenant_id, client_id);

create table clinical_audit_log (
    tenant_id     varchar(36)   not null,
    sequence_no   bigint        not null,
    occurred_at   timestamp with time zone not null,
    nanos         integer       not null,
    event_type    varchar(40)   not null,
    subject       varchar(200)  not null,
    actor         varchar(200)  not null,
    details       varchar(4000) not null,
    previous_hash varchar(64)   not null,
    entry_hash    varchar(64)   not null,
    constraint pk_clinical_audit_log primary key (tenant_id, sequence_no)
);
