-- Clinical safety (issue 10): medical questionnaires and prescriber decisions. A screening keeps its answers (typed
-- pairs in one text column), the questionnaire version and the categories it was answered for; a decision keeps the
-- rule and rule-set version it decided and the prescriber's registration as it was. Both are written once.

create table screenings (
    tenant_id             varchar(36)  not null,
    id                    varchar(36)  not null,
    client_id             varchar(36)  not null,
    questionnaire_version varchar(40)  not null,
    categories            varchar(400) not null,
    answers               varchar(20000) not null,
    answered_at           timestamp with time zone not null,
    confirmed_at          timestamp with time zone not null,
    constraint pk_screenings primary key (tenant_id, id),
    constraint fk_screenings_client foreign key (tenant_id, client_id) references clients (tenant_id, id)
);
create index ix_screenings_client on screenings (tenant_id, client_id, answered_at);

create table prescriber_decisions (
    tenant_id           varchar(36)   not null,
    id                  varchar(36)   not null,
    screening_id        varchar(36)   not null,
    client_id           varchar(36)   not null,
    rule_id             varchar(100)  not null,
    rule_set_version    varchar(40)   not null,
    prescriber_id       varchar(36)   not null,
    prescriber_name     varchar(200)  not null,
    register_body       varchar(8)    not null,
    registration_number varchar(16)   not null,
    verdict             varchar(16)   not null,
    reason              varchar(2000) not null,
    decided_at          timestamp with time zone not null,
    constraint pk_prescriber_decisions primary key (tenant_id, id),
    constraint fk_prescriber_decisions_screening foreign key (tenant_id, screening_id)
        references screenings (tenant_id, id),
    constraint fk_prescriber_decisions_prescriber foreign key (tenant_id, prescriber_id)
        references practitioners (tenant_id, id),
    constraint ck_prescriber_decisions_verdict check (verdict in ('APPROVED', 'DECLINED'))
);
create index ix_prescriber_decisions_client on prescriber_decisions (tenant_id, client_id, decided_at);
