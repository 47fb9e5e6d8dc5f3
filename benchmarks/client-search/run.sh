#!/bin/bash
# Runs each search (count, first page and its possible-duplicate flags, as JpaClientProfileRepository sends them, under
# row-level security as the application role) with 20 connections for 10 s and prints p50/p95/p99 from pgbench's
# per-transaction log.
# DB names another database built the same way (e.g. a copy kept from before a change). The statements run prepared
# (pgbench -M prepared), as the application's run: the PostgreSQL driver prepares a statement on the server from its
# fifth use, so a busy search runs planned statements; the figures before 2026-11-30 22:40 UTC were measured with
# pgbench's default simple protocol, which parses and plans every statement every time. The page's ids go to the next
# statements as one comma-separated parameter (= any(string_to_array(...))), where EclipseLink binds one parameter per
# id (IN (?, ..., ?)); PostgreSQL plans both as the same array comparison.
cd "$(dirname "$0")"
DB=${DB:-laca_bench_records}
for n in name2 name1 name3 email phone dob; do
  [ -f search-$n.sql ] || continue
  rm -f "$n".[0-9]*
  pgbench -h 127.0.0.1 -U laca_bench_app -n -M prepared -c 20 -j 2 -T 10 -f search-$n.sql --log --log-prefix=$n $DB \
    | grep -E "tps|latency average"
  cat "$n".[0-9]* | awk '{print $3/1000}' | sort -n | awk -v n="$n" '{a[NR]=$1} END {printf "%s: %d tx, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms\n", n, NR, a[int(NR*0.5)], a[int(NR*0.95)], a[int(NR*0.99)]}'
  rm -f "$n".[0-9]*
done
