-- A staff account may be the practitioner record it treats as (issue 9, item 11): a practitioner's calendar then
-- defaults to their own appointments, and without APPOINTMENTS_MANAGE_ANY they act only on those. The key includes
-- the tenant, so an account can only ever point at a practitioner of its own clinic; one record, one account.

alter table staff_accounts add column practitioner_id varchar(36);
alter table staff_accounts add constraint fk_staff_accounts_practitioner foreign key (tenant_id, practitioner_id)
    references practitioners (tenant_id, id);
create unique index uq_staff_accounts_practitioner on staff_accounts (tenant_id, practitioner_id);
