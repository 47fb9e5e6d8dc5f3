-- Foundation schema: tenants, identity and clinic set-up. Runs unchanged on H2 2.x and PostgreSQL 15+.
-- Every tenant-owned table has tenant_id NOT NULL, keys that start with tenant_id, and foreign keys that include
-- tenant_id, so a row can never point at another tenant's row.

create table tenants (
    id       varchar(36)  not null,
    slug     varchar(63)  not null,
    name     varchar(200) not null,
    zone     varchar(64)  not null,
    currency char(3)      not null,
    status   varchar(16)  not null,
    version  bigint       not null,
    constraint pk_tenants primary key (id),
    constraint uq_tenants_slug unique (slug)
);

create table login_throttles (
    throttle_key varchar(400)             not null,
    failures     integer                  not null,
    window_start timestamp with time zone not null,
    locked_until timestamp with time zone,
    constraint pk_login_throttles primary key (throttle_key)
);

create table staff_accounts (
    tenant_id     varchar(36)  not null,
    id            varchar(36)  not null,
    email         varchar(254) not null,
    display_name  varchar(120) not null,
    roles         varchar(200) not null,
    password_hash varchar(512),
    active        boolean      not null,
    version       bigint       not null,
    constraint pk_staff_accounts primary key (tenant_id, id),
    constraint uq_staff_accounts_email unique (tenant_id, email),
    constraint fk_staff_accounts_tenant foreign key (tenant_id) references tenants (id)
);

create table refresh_tokens (
    tenant_id  varchar(36)              not null,
    id         varchar(36)              not null,
    user_id    varchar(36)              not null,
    family_id  varchar(36)              not null,
    token_hash varchar(64)              not null,
    issued_at  timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    rotated_at timestamp with time zone,
    revoked_at timestamp with time zone,
    constraint pk_refresh_tokens primary key (tenant_id, id),
    constraint uq_refresh_tokens_hash unique (tenant_id, token_hash),
    constraint fk_refresh_tokens_user foreign key (tenant_id, user_id) references staff_accounts (tenant_id, id)
);
create index ix_refresh_tokens_family on refresh_tokens (tenant_id, family_id);
create index ix_refresh_tokens_user on refresh_tokens (tenant_id, user_id);

create table one_time_tokens (
    tenant_id  varchar(36)              not null,
    id         varchar(36)              not null,
    user_id    varchar(36)              not null,
    token_hash varchar(64)              not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone,
    constraint pk_one_time_tokens primary key (tenant_id, id),
    constraint uq_one_time_tokens_hash unique (tenant_id, token_hash),
    constraint fk_one_time_tokens_user foreign key (tenant_id, user_id) references staff_accounts (tenant_id, id)
);
create index ix_one_time_tokens_user on one_time_tokens (tenant_id, user_id);

create table locations (
    tenant_id varchar(36)  not null,
    id        varchar(36)  not null,
    name      varchar(120) not null,
    line1     varchar(200) not null,
    line2     varchar(200),
    city      varchar(100) not null,
    postcode  varchar(20)  not null,
    country   char(2)      not null,
    zone      varchar(64)  not null,
    active    boolean      not null,
    version   bigint       not null,
    constraint pk_locations primary key (tenant_id, id),
    constraint fk_locations_tenant foreign key (tenant_id) references tenants (id)
);
create index ix_locations_name on locations (tenant_id, name);

create table practitioners (
    tenant_id      varchar(36)  not null,
    id             varchar(36)  not null,
    display_name   varchar(120) not null,
    qualifications varchar(200) not null,
    active         boolean      not null,
    version        bigint       not null,
    constraint pk_practitioners primary key (tenant_id, id),
    constraint fk_practitioners_tenant foreign key (tenant_id) references tenants (id)
);
create index ix_practitioners_name on practitioners (tenant_id, display_name);

create table practitioner_locations (
    tenant_id       varchar(36) not null,
    practitioner_id varchar(36) not null,
    location_id     varchar(36) not null,
    constraint pk_practitioner_locations primary key (tenant_id, practitioner_id, location_id),
    constraint fk_practitioner_locations_practitioner foreign key (tenant_id, practitioner_id)
        references practitioners (tenant_id, id),
    constraint fk_practitioner_locations_location foreign key (tenant_id, location_id)
        references locations (tenant_id, id)
);
create index ix_practitioner_locations_location on practitioner_locations (tenant_id, location_id);

create table resources (
    tenant_id   varchar(36)  not null,
    id          varchar(36)  not null,
    location_id varchar(36)  not null,
    name        varchar(120) not null,
    type_code   varchar(40)  not null,
    active      boolean      not null,
    version     bigint       not null,
    constraint pk_resources primary key (tenant_id, id),
    constraint fk_resources_location foreign key (tenant_id, location_id) references locations (tenant_id, id)
);
create index ix_resources_name on resources (tenant_id, name);
create index ix_resources_location on resources (tenant_id, location_id);

create table treatments (
    tenant_id               varchar(36)   not null,
    id                      varchar(36)   not null,
    name                    varchar(120)  not null,
    category                varchar(32)   not null,
    description             varchar(2000),
    duration_minutes        integer       not null,
    buffer_before_minutes   integer       not null,
    buffer_after_minutes    integer       not null,
    price_minor_units       bigint        not null,
    currency                char(3)       not null,
    required_qualification  varchar(32),
    required_resource_types varchar(400)  not null,
    slot_step_minutes       integer       not null,
    min_notice_minutes      integer       not null,
    max_advance_minutes     integer       not null,
    active                  boolean       not null,
    version                 bigint        not null,
    constraint pk_treatments primary key (tenant_id, id),
    constraint fk_treatments_tenant foreign key (tenant_id) references tenants (id)
);
create index ix_treatments_name on treatments (tenant_id, name);
create index ix_treatments_menu on treatments (tenant_id, active, category, name);
