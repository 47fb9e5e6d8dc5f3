-- Issue 12: a clinic's own wording of a message kind for one channel and locale, replacing the shipped default.
-- Read by the dispatcher at send time; deleted when the clinic goes back to the default.
create table notification_templates (
    tenant_id   varchar(36)              not null,
    kind        varchar(60)              not null,
    channel     varchar(5)               not null,
    locale      varchar(35)              not null,
    subject     varchar(500),
    body_text   varchar(20000)           not null,
    body_html   varchar(20000),
    updated_at  timestamp with time zone not null,
    constraint pk_notification_templates primary key (tenant_id, kind, channel, locale),
    constraint fk_notification_templates_tenant foreign key (tenant_id) references tenants (id),
    constraint ck_notification_templates_channel check (channel in ('EMAIL', 'SMS')),
    constraint ck_notification_templates_email check ((channel = 'EMAIL') = (subject is not null and body_html is not null))
);
