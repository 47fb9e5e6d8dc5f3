-- Idempotency-Key on booking (issue 9 item 14): per clinic and scope (public or staff booking) the key a request came
-- with, the SHA-256 of its body and, once it finished, the answer it got (status, JSON body, Location), so a retry
-- replays that answer instead of booking twice. The primary key lets only one request claim a key. Rows are replaced
-- once older than 24 hours (see docs/booking-api.md).

create table idempotent_answers (
    tenant_id    varchar(36)              not null,
    scope        varchar(20)              not null,
    idem_key     varchar(255)             not null,
    request_hash char(64)                 not null,
    claimed_at   timestamp with time zone not null,
    status       integer,
    body         varchar(20000),
    location     varchar(1000),
    constraint pk_idempotent_answers primary key (tenant_id, scope, idem_key),
    constraint fk_idempotent_answers_tenant foreign key (tenant_id) references tenants (id)
);
