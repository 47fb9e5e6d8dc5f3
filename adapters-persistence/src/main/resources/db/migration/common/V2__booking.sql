-- Booking schema: deposits on treatments, clients, appointments and the resources they hold, working hours and the
-- exceptions to them, and each clinic's booking policy. Runs unchanged on H2 2.x and PostgreSQL 15+.
-- As in V1: tenant_id first in every key and in every foreign key, moments as timestamp with time zone.
-- busy_from/busy_to are the occupied span (treatment plus both buffers), which PostgreSQL's exclusion constraints
-- (V2_1) keep from overlapping; appointment_resources repeats the span and an "active" flag so its own constraint can
-- work per resource without a join.

alter table treatments add column deposit_kind varchar(16) default 'NONE' not null;
alter table treatments add column deposit_minor_units bigint;
alter table treatments add column deposit_basis_points integer;
alter table treatments add column deposit_minimum_minor_units bigint;
alter table treatments add column deposit_maximum_minor_units bigint;

create table clients (
    tenant_id     varchar(36)  not null,
    id            varchar(36)  not null,
    first_name    varchar(100) not null,
    last_name     varchar(100) not null,
    email         varchar(254) not null,
    phone         varchar(16)  not null,
    date_of_birth date         not null,
    version       bigint       not null,
    constraint pk_clients primary key (tenant_id, id),
    constraint uq_clients_email unique (tenant_id, email),
    constraint fk_clients_tenant foreign key (tenant_id) references tenants (id)
);

create table appointments (
    tenant_id             varchar(36)              not null,
    id                    varchar(36)              not null,
    location_id           varchar(36)              not null,
    treatment_id          varchar(36)              not null,
    client_id             varchar(36)              not null,
    practitioner_id       varchar(36)              not null,
    starts_at             timestamp with time zone not null,
    ends_at               timestamp with time zone not null,
    buffer_before_minutes integer                  not null,
    buffer_after_minutes  integer                  not null,
    busy_from             timestamp with time zone not null,
    busy_to               timestamp with time zone not null,
    status                varchar(16)              not null,
    hold_expires_at       timestamp with time zone,
    active                boolean                  not null,
    manage_token_hash     varchar(64)              not null,
    version               bigint                   not null,
    constraint pk_appointments primary key (tenant_id, id),
    constraint uq_appointments_manage_token unique (tenant_id, manage_token_hash),
    constraint ck_appointments_span check (starts_at < ends_at and busy_from <= starts_at and ends_at <= busy_to),
    constraint ck_appointments_hold check ((status = 'HELD') = (hold_expires_at is not null)),
    constraint fk_appointments_location foreign key (tenant_id, location_id) references locations (tenant_id, id),
    constraint fk_appointments_treatment foreign key (tenant_id, treatment_id) references treatments (tenant_id, id),
    constraint fk_appointments_client foreign key (tenant_id, client_id) references clients (tenant_id, id),
    constraint fk_appointments_practitioner foreign key (tenant_id, practitioner_id)
        references practitioners (tenant_id, id)
);
create index ix_appointments_practitioner_busy on appointments (tenant_id, practitioner_id, busy_from);
create index ix_appointments_location_start on appointments (tenant_id, location_id, starts_at);
create index ix_appointments_holds on appointments (tenant_id, status, hold_expires_at);
create index ix_appointments_client on appointments (tenant_id, client_id);

create table appointment_resources (
    tenant_id      varchar(36)              not null,
    appointment_id varchar(36)              not null,
    resource_id    varchar(36)              not null,
    busy_from      timestamp with time zone not null,
    busy_to        timestamp with time zone not null,
    active         boolean                  not null,
    constraint pk_appointment_resources primary key (tenant_id, appointment_id, resource_id),
    constraint fk_appointment_resources_appointment foreign key (tenant_id, appointment_id)
        references appointments (tenant_id, id),
    constraint fk_appointment_resources_resource foreign key (tenant_id, resource_id)
        references resources (tenant_id, id)
);
create index ix_appointment_resources_busy on appointment_resources (tenant_id, resource_id, busy_from);

-- windows: comma-separated wall-clock windows such as 09:00-12:00,13:00-17:00; valid_from/valid_until null = unbounded
create table working_hours (
    tenant_id       varchar(36)  not null,
    id              varchar(36)  not null,
    practitioner_id varchar(36)  not null,
    location_id     varchar(36)  not null,
    day_of_week     varchar(9)   not null,
    windows         varchar(400) not null,
    valid_from      date,
    valid_until     date,
    constraint pk_working_hours primary key (tenant_id, id),
    constraint fk_working_hours_practitioner foreign key (tenant_id, practitioner_id)
        references practitioners (tenant_id, id),
    constraint fk_working_hours_location foreign key (tenant_id, location_id) references locations (tenant_id, id)
);
create index ix_working_hours_practitioner on working_hours (tenant_id, practitioner_id);

-- windows empty = not working at that location that day
create table day_overrides (
    tenant_id       varchar(36)  not null,
    id              varchar(36)  not null,
    practitioner_id varchar(36)  not null,
    location_id     varchar(36)  not null,
    override_date   date         not null,
    windows         varchar(400) not null,
    constraint pk_day_overrides primary key (tenant_id, id),
    constraint uq_day_overrides_day unique (tenant_id, practitioner_id, location_id, override_date),
    constraint fk_day_overrides_practitioner foreign key (tenant_id, practitioner_id)
        references practitioners (tenant_id, id),
    constraint fk_day_overrides_location foreign key (tenant_id, location_id) references locations (tenant_id, id)
);

create table time_off (
    tenant_id       varchar(36)              not null,
    id              varchar(36)              not null,
    practitioner_id varchar(36)              not null,
    starts_at       timestamp with time zone not null,
    ends_at         timestamp with time zone not null,
    constraint pk_time_off primary key (tenant_id, id),
    constraint ck_time_off_span check (starts_at < ends_at),
    constraint fk_time_off_practitioner foreign key (tenant_id, practitioner_id)
        references practitioners (tenant_id, id)
);
create index ix_time_off_practitioner on time_off (tenant_id, practitioner_id, starts_at);

create table closures (
    tenant_id    varchar(36)  not null,
    closure_date date         not null,
    name         varchar(120) not null,
    constraint pk_closures primary key (tenant_id, closure_date),
    constraint fk_closures_tenant foreign key (tenant_id) references tenants (id)
);

create table resource_blocks (
    tenant_id   varchar(36)              not null,
    id          varchar(36)              not null,
    resource_id varchar(36)              not null,
    location_id varchar(36)              not null,
    starts_at   timestamp with time zone not null,
    ends_at     timestamp with time zone not null,
    constraint pk_resource_blocks primary key (tenant_id, id),
    constraint ck_resource_blocks_span check (starts_at < ends_at),
    constraint fk_resource_blocks_resource foreign key (tenant_id, resource_id) references resources (tenant_id, id),
    constraint fk_resource_blocks_location foreign key (tenant_id, location_id) references locations (tenant_id, id)
);
create index ix_resource_blocks_location on resource_blocks (tenant_id, location_id, starts_at);

-- one row per tenant; id repeats tenant_id because the row has no identity of its own
create table booking_policies (
    tenant_id                      varchar(36) not null,
    id                             varchar(36) not null,
    free_cancellation_minutes      integer     not null,
    hold_minutes                   integer     not null,
    version                        bigint      not null,
    constraint pk_booking_policies primary key (tenant_id, id),
    constraint ck_booking_policies_single check (id = tenant_id),
    constraint fk_booking_policies_tenant foreign key (tenant_id) references tenants (id)
);
