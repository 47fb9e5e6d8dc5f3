-- PostgreSQL only: row-level security on the assessment tables, as in V1_1. Question versions and regrade audit
-- entries are written once (insert and read only); banks, assessments and attempts may also be updated; nothing is
-- ever deleted.

alter table academy_question_banks enable row level security;
alter table academy_question_banks force row level security;
create policy tenant_isolation on academy_question_banks
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table academy_questions enable row level security;
alter table academy_questions force row level security;
create policy tenant_isolation on academy_questions
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table academy_assessments enable row level security;
alter table academy_assessments force row level security;
create policy tenant_isolation on academy_assessments
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table academy_attempts enable row level security;
alter table academy_attempts force row level security;
create policy tenant_isolation on academy_attempts
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table academy_regrade_audits enable row level security;
alter table academy_regrade_audits force row level security;
create policy tenant_isolation on academy_regrade_audits
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

grant select, insert, update on academy_question_banks, academy_assessments, academy_attempts to ${appRole};
grant select, insert on academy_questions, academy_regrade_audits to ${appRole};
