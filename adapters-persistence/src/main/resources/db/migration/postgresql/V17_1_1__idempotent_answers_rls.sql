-- PostgreSQL only: row-level security on the stored Idempotency-Key answers, as in V1_1. A claim is completed with its
-- answer, released when its request failed, and replaced when expired, so the application role may also update and
-- delete its own clinic's rows.

alter table idempotent_answers enable row level security;
alter table idempotent_answers force row level security;
create policy tenant_isolation on idempotent_answers
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

grant select, insert, update, delete on idempotent_answers to ${appRole};
