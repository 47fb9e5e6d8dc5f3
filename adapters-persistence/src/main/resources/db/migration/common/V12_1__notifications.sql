-- Notifications (issue 12): the transactional outbox in two tables, so that dispatchers can claim due messages across
-- tenants without seeing personal data, and what is said and to whom stays under row-level security. Runs unchanged
-- on H2 2.x and PostgreSQL 15+. Messages are cancelled, never deleted.

-- tenant-owned: what is said and to whom (personal data)
create table notification_messages (
    tenant_id  varchar(36)              not null,
    id         varchar(36)              not null,
    kind       varchar(60)              not null,
    channel    varchar(5)               not null,
    recipient  varchar(254)             not null,
    topic      varchar(100),
    locale     varchar(35)              not null,
    facts      varchar(16000)           not null,
    created_at timestamp with time zone not null,
    constraint pk_notification_messages primary key (tenant_id, id),
    constraint uq_notification_messages_id unique (id),
    constraint fk_notification_messages_tenant foreign key (tenant_id) references tenants (id),
    constraint ck_notification_messages_channel check (channel in ('EMAIL', 'SMS'))
);
create index ix_notification_messages_topic on notification_messages (tenant_id, topic);

-- platform: delivery state only, no personal data; claimed across tenants
create table notification_dispatch (
    id                 varchar(36)              not null,
    owner_tenant_id    varchar(36)              not null,
    state              varchar(16)              not null,
    due_at             timestamp with time zone not null,
    attempts           integer                  not null,
    lease_owner        varchar(100),
    lease_until        timestamp with time zone,
    last_error         varchar(600),
    sent_at            timestamp with time zone,
    provider_reference varchar(200),
    version            bigint                   not null,
    constraint pk_notification_dispatch primary key (id),
    constraint fk_notification_dispatch_tenant foreign key (owner_tenant_id) references tenants (id),
    constraint ck_notification_dispatch_state check (state in
        ('PENDING', 'CLAIMED', 'SENT', 'FAILED_RETRYING', 'DEAD', 'CANCELLED')),
    constraint ck_notification_dispatch_lease check ((state = 'CLAIMED') = (lease_owner is not null)),
    constraint ck_notification_dispatch_attempts check (attempts >= 0)
);
create index ix_notification_dispatch_due on notification_dispatch (state, due_at);
create index ix_notification_dispatch_tenant on notification_dispatch (owner_tenant_id, state);
