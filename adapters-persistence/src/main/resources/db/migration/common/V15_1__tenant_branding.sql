-- The clinic's public look (issue 15): the name shown, logo, colours and address of its booking page, and the custom
-- domain that opens it. Anyone may read it (it is what the public page shows) and a custom domain is looked up before
-- the request's clinic is known, so reads are not tenant-scoped; writes are (see V15_1_1 on PostgreSQL).

create table tenant_brandings (
    tenant_id      varchar(36)  not null,
    display_name   varchar(200),
    logo_url       varchar(500),
    primary_colour char(7)      not null,
    accent_colour  char(7)      not null,
    address        varchar(300),
    custom_domain  varchar(253),
    version        bigint       not null,
    constraint pk_tenant_brandings primary key (tenant_id),
    constraint fk_tenant_brandings_tenant foreign key (tenant_id) references tenants (id),
    constraint uq_tenant_brandings_domain unique (custom_domain)
);
