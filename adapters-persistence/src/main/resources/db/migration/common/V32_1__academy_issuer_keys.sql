-- Academy credential-signing keys (issue 14): each clinic signs its Open Badges credentials and status lists with a
-- key of its own (RS256, RSA-2048), made on the clinic's first need and never shown. The private half is stored only
-- sealed (AES-256-GCM under a key-encryption key kept outside the database, by default <data dir>/keys/
-- academy-issuer-kek), so a database copy or backup alone signs nothing. One key per clinic until rotation is offered:
-- the unique constraint is what makes two concurrent first uses end with one key.

create table academy_issuer_keys (
    tenant_id            varchar(36)   not null,
    key_id               varchar(100)  not null,
    public_jwk           varchar(2000) not null,
    sealed_private_key   varchar(8000) not null,
    created_at           timestamp with time zone not null,
    constraint pk_academy_issuer_keys primary key (tenant_id, key_id),
    constraint uq_academy_issuer_keys_tenant unique (tenant_id),
    constraint fk_academy_issuer_keys_tenant foreign key (tenant_id) references tenants (id)
);
