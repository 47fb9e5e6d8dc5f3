-- Issue 9 (the front desk's day): why and by whom an appointment was cancelled, and staff-only notes on an
-- appointment. Kept apart from the appointments table so the booking engine's rows stay as they are; both are
-- append-only (on PostgreSQL the application role may only insert and select, V25_1_1).

create table appointment_cancellations (
    tenant_id      varchar(36)              not null,
    appointment_id varchar(36)              not null,
    reason         varchar(20)              not null,
    detail         varchar(500),
    cancelled_by   varchar(36),
    cancelled_at   timestamp with time zone not null,
    constraint pk_appointment_cancellations primary key (tenant_id, appointment_id),
    constraint fk_appointment_cancellations_appointment foreign key (tenant_id, appointment_id)
        references appointments (tenant_id, id),
    constraint ck_appointment_cancellations_reason
        check (reason in ('CLIENT_REQUEST', 'CLINIC', 'ILLNESS', 'NO_DEPOSIT', 'OTHER')),
    constraint ck_appointment_cancellations_other check (reason <> 'OTHER' or detail is not null)
);

create table appointment_notes (
    tenant_id      varchar(36)              not null,
    id             varchar(36)              not null,
    appointment_id varchar(36)              not null,
    note_text      varchar(2000)            not null,
    author_id      varchar(36)              not null,
    written_at     timestamp with time zone not null,
    constraint pk_appointment_notes primary key (tenant_id, id),
    constraint fk_appointment_notes_appointment foreign key (tenant_id, appointment_id)
        references appointments (tenant_id, id)
);
create index ix_appointment_notes_appointment on appointment_notes (tenant_id, appointment_id, written_at);
