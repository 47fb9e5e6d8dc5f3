#!/bin/bash
# Builds a scratch database with LACA's migrations (as far as V11_3) and 1,000,000 clients over 10 tenants (100,000 in
# the measured one), then applies V11_4 (name words, filled from the names), V34 (the names and status on the name
# words, one index for a name search), V40 (every ordered pair of a client's name words, one index for a search of
# two words) and V41 (the status and names in the e-mail and phone b-trees), then vacuums as autovacuum would (the
# searches' index-only scans need the visibility map); see docs/benchmarks.md "Client search".
set -e
DB=laca_bench_records
M=$(dirname "$0")/../../adapters-persistence/src/main/resources/db/migration
psql -h 127.0.0.1 -U postgres -qc "drop database if exists $DB"
psql -h 127.0.0.1 -U postgres -qc "do \$\$ begin create role laca_bench_app login nosuperuser nobypassrls; exception when duplicate_object then null; end \$\$"
psql -h 127.0.0.1 -U postgres -qc "create database $DB"
for f in V1__foundation V1_1__row_level_security V2__booking V2_1__booking_constraints V3__payments V3_1__payments_rls V4__reference_versions V4_1__reference_versions_rls V4_2__least_privilege V6_1__refresh_session_end V7_1__booking_limits V11_1__client_identity V11_1_1__client_identity_rls V11_2__client_profiles V11_2_1__client_profiles_rls V11_3__notes_and_access_audit V11_3_1__notes_and_access_audit_rls; do
  file=$(ls $M/*/$f.sql)
  sed 's/\${appRole}/laca_bench_app/g' "$file" | psql -h 127.0.0.1 -U postgres -d $DB -q -v ON_ERROR_STOP=1
done
psql -h 127.0.0.1 -U postgres -d $DB -q -v ON_ERROR_STOP=1 <<'SQL'
insert into tenants (id, slug, name, zone, currency, status, version)
select 'bench-tenant-' || t, 'bench-' || t, 'Bench ' || t, 'Europe/London', 'GBP', 'ACTIVE', 1 from generate_series(0, 9) t;
create temporary table firsts (i int, name text);
insert into firsts select row_number() over () - 1, n from unnest(string_to_array('emma olivia amelia isla ava mia ivy lily isabella rosie sophia grace willow freya florence evie poppy ella charlotte elsie sienna daisy alice sofia harper matilda ruby evelyn emily millie maya aria bonnie luna zoe eva hallie phoebe arabella esme penelope violet aurora layla jessica ada nancy molly maisie olive ellie chloe lucy harriet bella zara iris ayla eliza mabel lottie thea emilia hannah lyla sara erin beatrice clara robyn mila orla rose georgia eleanor imogen aisha anna lola heidi jasmine margot edith lilly amber darcie leah megan annabelle nova hazel victoria maryam martha', ' ')) n;
create temporary table lasts (i int, name text);
insert into lasts select row_number() over () - 1, n from unnest(string_to_array('smith jones williams taylor brown davies evans wilson thomas johnson roberts robinson thompson wright walker white edwards hughes green hall lewis harris clarke patel jackson wood turner martin cooper hill ward morris moore clark lee king baker harrison morgan allen james scott phillips watson davis parker price bennett young griffiths mitchell kelly cook carter richardson bailey collins bell shaw murphy miller cox richards khan marshall anderson simpson ellis adams singh begum wilkinson foster chapman powell webb rogers gray mason ali hunt hussain campbell matthews owen palmer holmes mills barnes knight lloyd butler russell barker fisher stevens jenkins murray dixon harvey obrien nunez', ' ')) n;
insert into clients (tenant_id, id, first_name, last_name, email, phone, date_of_birth, version, surname_key,
    status, name_words, phone_digits, identity_slot)
select 'bench-tenant-' || (g % 10), md5('c' || g)::uuid::text, f.name, l.name,
       f.name || '.' || l.name || g || '@example.com', '+447' || lpad((g % 1000000000)::text, 9, '0'),
       date '1940-01-01' + (g::bigint * 7919 % 25000)::int, 1, l.name, 'ACTIVE',
       ' ' || f.name || ' ' || l.name, '447' || lpad((g % 1000000000)::text, 9, '0'), ''
from generate_series(1, 1000000) g
join firsts f on f.i = (g * 31) % 100
join lasts l on l.i = (g * 17 / 7) % 100;
analyze clients;
SQL
for f in V11_4__client_name_words V11_4_1__client_name_words_rls V34__client_name_words_sort_keys V34_1__client_name_words_sort_keys_grants V40__client_name_word_pairs V40_1__client_name_word_pairs_rls V40_1_1__client_name_word_pairs_backfill V40_1_1_1__client_name_word_pairs_filled V40_1_2__client_name_word_pairs_index V41__client_key_search_indexes; do
  file=$(ls $M/*/$f.sql)
  sed 's/\${appRole}/laca_bench_app/g' "$file" | psql -h 127.0.0.1 -U postgres -d $DB -q -v ON_ERROR_STOP=1
done
psql -h 127.0.0.1 -U postgres -d $DB -qc "grant usage on schema public to laca_bench_app"
psql -h 127.0.0.1 -U postgres -d $DB -qc "vacuum analyze clients" -c "vacuum analyze client_name_words" \
  -c "vacuum analyze client_name_word_pairs"
psql -h 127.0.0.1 -U postgres -d $DB -qtc "select tenant_id, count(*) from clients group by 1 order by 1 limit 3"
