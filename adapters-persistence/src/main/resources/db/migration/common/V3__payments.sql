-- Payments: each appointment's append-only money ledger, card payment intents, and the platform tables that webhooks
-- need before any tenant is known (intent routes, processed events, dead letters) plus each clinic's connected
-- account. Runs unchanged on H2 2.x and PostgreSQL 15+. Appointment ids are not foreign keys here: payments points at
-- appointments by id only, as aggregates do. No table here holds a client's name, e-mail address or phone number.

create table payment_ledgers (
    tenant_id      varchar(36) not null,
    appointment_id varchar(36) not null,
    price_minor    bigint      not null,
    currency       char(3)     not null,
    constraint pk_payment_ledgers primary key (tenant_id, appointment_id),
    constraint fk_payment_ledgers_tenant foreign key (tenant_id) references tenants (id),
    constraint ck_payment_ledgers_price check (price_minor >= 0)
);

create table payment_ledger_entries (
    tenant_id      varchar(36)              not null,
    id             varchar(36)              not null,
    appointment_id varchar(36)              not null,
    position       integer                  not null,
    kind           varchar(32)              not null,
    amount_minor   bigint                   not null,
    currency       char(3)                  not null,
    recorded_at    timestamp with time zone not null,
    reference      varchar(255)             not null,
    reason         varchar(500)             not null,
    constraint pk_payment_ledger_entries primary key (tenant_id, id),
    constraint uq_payment_ledger_entries_id unique (id),
    constraint uq_payment_ledger_entries_position unique (tenant_id, appointment_id, position),
    constraint fk_payment_ledger_entries_ledger foreign key (tenant_id, appointment_id)
        references payment_ledgers (tenant_id, appointment_id),
    constraint ck_payment_ledger_entries_amount check (amount_minor > 0)
);

create table payment_intents (
    tenant_id      varchar(36)              not null,
    intent_id      varchar(255)             not null,
    appointment_id varchar(36)              not null,
    amount_minor   bigint                   not null,
    currency       char(3)                  not null,
    status         varchar(32)              not null,
    updated_at     timestamp with time zone not null,
    constraint pk_payment_intents primary key (tenant_id, intent_id),
    constraint uq_payment_intents_intent unique (intent_id),
    constraint uq_payment_intents_appointment unique (tenant_id, appointment_id),
    constraint fk_payment_intents_tenant foreign key (tenant_id) references tenants (id)
);

-- platform: which tenant an intent belongs to, for webhooks that name only the intent. Platform tables name their
-- tenant in owner_tenant_id, never tenant_id, which is reserved for tables under row-level security.
create table payment_intent_routes (
    intent_id       varchar(255) not null,
    owner_tenant_id varchar(36)  not null,
    constraint pk_payment_intent_routes primary key (intent_id),
    constraint fk_payment_intent_routes_tenant foreign key (owner_tenant_id) references tenants (id)
);

-- platform: every processor event applied, written in the same transaction as its effect
create table processed_payment_events (
    event_id     varchar(255)             not null,
    event_type   varchar(100)             not null,
    processed_at timestamp with time zone not null,
    constraint pk_processed_payment_events primary key (event_id)
);

-- platform: events whose processing failed, with the raw (signature-checked) payload for replay
create table payment_dead_letters (
    event_id        varchar(255)             not null,
    event_type      varchar(100)             not null,
    payload         varchar(1000000)         not null,
    error           varchar(500)             not null,
    attempts        integer                  not null,
    first_failed_at timestamp with time zone not null,
    last_failed_at  timestamp with time zone not null,
    resolved_at     timestamp with time zone,
    constraint pk_payment_dead_letters primary key (event_id)
);

-- platform: each clinic's account at the processor, set by the platform administrator
create table tenant_payment_accounts (
    owner_tenant_id      varchar(36)  not null,
    connected_account_id varchar(255) not null,
    constraint pk_tenant_payment_accounts primary key (owner_tenant_id),
    constraint uq_tenant_payment_accounts_account unique (connected_account_id),
    constraint fk_tenant_payment_accounts_tenant foreign key (owner_tenant_id) references tenants (id)
);
