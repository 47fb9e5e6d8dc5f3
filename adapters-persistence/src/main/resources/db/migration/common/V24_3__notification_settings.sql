-- Issue 12: a clinic's own notification choices; today which treatment names its texts and e-mail subjects may show
-- (HIDE_INJECTABLES is the standard, HIDE_ALL, NAME_ALL). A clinic without a row has the standard.
create table notification_settings (
    tenant_id         varchar(36)              not null,
    treatment_naming  varchar(20)              not null,
    updated_at        timestamp with time zone not null,
    constraint pk_notification_settings primary key (tenant_id),
    constraint fk_notification_settings_tenant foreign key (tenant_id) references tenants (id),
    constraint ck_notification_settings_naming check (treatment_naming in ('HIDE_INJECTABLES', 'HIDE_ALL', 'NAME_ALL'))
);
