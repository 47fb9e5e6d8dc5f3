-- Issue 12: numbers that replied STOP, for the whole platform (every clinic sends from one provider account, which
-- blocks a stopped number for all of them). Only a SHA-256 of the number in international form is kept.
create table sms_opt_outs (
    phone_sha256  varchar(64)              not null,
    opted_out_at  timestamp with time zone not null,
    constraint pk_sms_opt_outs primary key (phone_sha256)
);
