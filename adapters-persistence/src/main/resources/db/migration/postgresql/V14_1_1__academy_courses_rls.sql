-- PostgreSQL only: row-level security on the academy's course tables, as in V1_1, and the application role's grants:
-- course versions and lesson completions are written once (insert and select only); nothing here is deleted.

alter table academy_courses enable row level security;
alter table academy_courses force row level security;
create policy tenant_isolation on academy_courses
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table academy_course_versions enable row level security;
alter table academy_course_versions force row level security;
create policy tenant_isolation on academy_course_versions
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table academy_enrolments enable row level security;
alter table academy_enrolments force row level security;
create policy tenant_isolation on academy_enrolments
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

alter table academy_lesson_completions enable row level security;
alter table academy_lesson_completions force row level security;
create policy tenant_isolation on academy_lesson_completions
    using (tenant_id = current_setting('app.tenant_id', true))
    with check (tenant_id = current_setting('app.tenant_id', true));

grant select, insert, update on academy_courses, academy_enrolments to ${appRole};
grant select, insert on academy_course_versions, academy_lesson_completions to ${appRole};
