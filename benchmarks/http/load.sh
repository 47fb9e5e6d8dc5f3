#!/usr/bin/env bash
# HTTP load benchmark of LACA on Payara Micro and PostgreSQL (see docs/benchmarks.md, section "HTTP").
#
# Builds the WAR if it is missing, creates a fresh PostgreSQL database set up as production is (migrations as
# laca_owner, the server as laca_app under row-level security), starts the server with -Xmx512m and the demo data,
# warms up, then measures in one run, each with wrk, 50 connections for 30 s:
#   1. GET /health/live                                      (the cheapest endpoint: this machine's ceiling)
#   2. GET /api/public/demo-clinic/availability?...          (7 days, any practitioner, a real demo treatment)
#   2b. GET /api/public/demo-clinic/availability             (no parameters: the same endpoint refuses it with a 400
#                                                             before any work of its own, through the same filters,
#                                                             Jersey, CDI and Bean Validation: what the framework
#                                                             around an application endpoint costs on its own)
#   3. POST /api/public/demo-clinic/bookings                 (every request a slot and a client of its own: book.lua)
#   4. a mixed visit: menu, availability, booking, view by manage token, in turn on every connection (mixed.lua)
# and prints requests/s, p50/p95/p99, errors and the server's peak RSS (VmHWM). Drops the database at the end.
# All load comes from 127.0.0.1, so the server runs with that address exempt from the per-address rate limits and
# without the per-address booking caps (a real deployment sees many addresses, each counted, and locked, on its own;
# a cap on the one loopback address would make every booking count that address's standing, one at a time);
# bench_fixture.py gives the booking runs slots of their own.
#
# Settings (environment): PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), PGPASSWORD, LACA_ROLE_PASSWORD
# (role password; unset = trust auth), BENCH_PORT (18080), BENCH_CONNECTIONS (50), BENCH_SECONDS (30),
# BENCH_WARMUP_SECONDS (20), BENCH_THREADS (nproc), BENCH_START_SECONDS (150, how long the server may take to get
# ready), BENCH_BUILD=1 to rebuild even if the WAR exists.
# Needs: java 17+, maven (to build), psql, wrk (Debian: apt-get install -y wrk), python3, curl.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)

PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
PORT=${BENCH_PORT:-18080}
CONNECTIONS=${BENCH_CONNECTIONS:-50}
SECONDS_PER_RUN=${BENCH_SECONDS:-30}
WARMUP=${BENCH_WARMUP_SECONDS:-20}
THREADS=${BENCH_THREADS:-$(nproc)}
START_SECONDS=${BENCH_START_SECONDS:-150}
ROLE_PASSWORD=${LACA_ROLE_PASSWORD:-}
WAR=bootstrap/target/laca.war
PAYARA=bootstrap/target/payara-micro.jar

for tool in java psql wrk python3 curl; do
  command -v "$tool" >/dev/null || { echo "missing $tool (wrk: apt-get install -y wrk)" >&2; exit 1; }
done

if [[ ! -f $WAR || ! -f $PAYARA || ${BENCH_BUILD:-0} == 1 ]]; then
  echo "== building the WAR"
  mvn -q -B -ntp -DskipTests -pl bootstrap -am clean package
fi

DB=laca_bench_$(date +%s)_$$
DATA=$(mktemp -d -t laca-bench-XXXXXX)
LOG=$DATA/server.log
SERVER_PID=

cleanup() {
  if [[ -n $SERVER_PID ]] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID"; wait "$SERVER_PID" 2>/dev/null || true
  fi
  psql -q -d postgres -c "drop database if exists $DB with (force)" >/dev/null 2>&1 || true
  rm -rf "$DATA"
}
trap cleanup EXIT

echo "== database $DB"
password_clause=""
[[ -n $ROLE_PASSWORD ]] && password_clause=" password '${ROLE_PASSWORD//\'/\'\'}'"
psql -q -v ON_ERROR_STOP=1 -d postgres >/dev/null <<SQL
do \$\$ begin create role laca_owner; exception when duplicate_object then null; end \$\$;
alter role laca_owner login nosuperuser nocreatedb nocreaterole$password_clause;
do \$\$ begin create role laca_app; exception when duplicate_object then null; end \$\$;
alter role laca_app login nosuperuser nocreatedb nocreaterole nobypassrls$password_clause;
create database $DB owner laca_owner;
SQL

echo "== starting Payara Micro on port $PORT (-Xmx512m, demo data; log: $LOG)"
java -Xmx512m \
  -Dlaca.db.url="jdbc:postgresql://$PGHOST:$PGPORT/$DB" \
  -Dlaca.db.user=laca_app -Dlaca.db.password="${ROLE_PASSWORD:-unused-with-trust-auth}" \
  -Dlaca.db.migration.user=laca_owner -Dlaca.db.migration.password="${ROLE_PASSWORD:-unused-with-trust-auth}" \
  -Dlaca.data.dir="$DATA/data" -Dlaca.demo.enabled=true \
  -Dlaca.rate-limit.exempt-addresses=127.0.0.1 -Dlaca.booking.max-upcoming-per-address=0 \
  -Dlaca.booking.max-unpaid-holds-per-address=0 \
  -jar "$PAYARA" --deploy "$WAR" --contextroot / --port "$PORT" --nocluster --disablephonehome \
  >"$LOG" 2>&1 &
SERVER_PID=$!
BASE=http://127.0.0.1:$PORT
for _ in $(seq 1 $((START_SECONDS * 2))); do
  if curl -fsS -o /dev/null "$BASE/health/ready" 2>/dev/null; then break; fi
  kill -0 "$SERVER_PID" 2>/dev/null || { echo "server exited; see $LOG" >&2; tail -50 "$LOG" >&2; exit 1; }
  sleep 0.5
done
curl -fsS -o /dev/null "$BASE/health/ready" || { echo "server not ready; see $LOG" >&2; exit 1; }

TREATMENT=$(curl -fsS "$BASE/api/public/demo-clinic/treatments" | python3 -c '
import json, sys
items = json.load(sys.stdin)["items"]
print(next(i["id"] for i in items if i["name"].startswith("Anti-wrinkle")))')
FROM=$(TZ=Europe/London date -d "+2 days" +%F)
TO=$(TZ=Europe/London date -d "+8 days" +%F)
AVAILABILITY="$BASE/api/public/demo-clinic/availability?treatment=$TREATMENT&from=$FROM&to=$TO"
SLOTS=$(curl -fsS "$AVAILABILITY" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)["slots"]))')
echo "== availability: treatment $TREATMENT (Anti-wrinkle), $FROM..$TO, any practitioner: $SLOTS slots per answer"
[[ $SLOTS -gt 0 ]] || { echo "the demo clinic offers no slots; is the demo rota in place?" >&2; exit 1; }

SLOTS_FILE=$DATA/slots.txt
read -r BENCH_TREATMENT BENCH_LOCATION BENCH_SLOTS < <(python3 benchmarks/http/bench_fixture.py "$BASE" "$SLOTS_FILE")
echo "== booking: treatment $BENCH_TREATMENT at location $BENCH_LOCATION, $BENCH_SLOTS distinct slots prepared"
BOOKING="$BASE/api/public/demo-clinic/bookings"
BOOK_ARGS=("$SLOTS_FILE" "$BENCH_TREATMENT" "$BENCH_LOCATION")

LUA=$ROOT/benchmarks/http/report.lua
echo "== warm-up: ${WARMUP}s each"
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "$BASE/health/live" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"${WARMUP}s" "$AVAILABILITY" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d10s -s benchmarks/http/book.lua "$BOOKING" -- "${BOOK_ARGS[@]}" 0 "$THREADS" \
  >/dev/null

measure() {
  local name=$1 url=$2
  local line
  line=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --timeout 10s -s "$LUA" "$url" | grep '^RESULT')
  echo "$name $line"
}
echo "== measuring: $CONNECTIONS connections, ${SECONDS_PER_RUN}s each, $THREADS wrk threads"
LIVE=$(measure health-live "$BASE/health/live")
AVAIL=$(measure availability "$AVAILABILITY")
REFUSED=$(measure refused "$BASE/api/public/demo-clinic/availability")
BOOK="booking $(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --timeout 10s -s benchmarks/http/book.lua \
  "$BOOKING" -- "${BOOK_ARGS[@]}" 20000 "$THREADS" | grep '^RESULT')"
MIXED="mixed $(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${SECONDS_PER_RUN}s" --timeout 10s -s benchmarks/http/mixed.lua \
  "$BOOKING" -- "${BOOK_ARGS[@]}" 60000 "$THREADS" "/api/public/demo-clinic/treatments" \
  "${AVAILABILITY#"$BASE"}" "/api/public/demo-clinic/bookings/" | grep '^RESULT')"
HWM=$(awk '/VmHWM/ {print $2 " " $3}' "/proc/$SERVER_PID/status")
RSS=$(awk '/VmRSS/ {print $2 " " $3}' "/proc/$SERVER_PID/status")

python3 - "$LIVE" "$AVAIL" "$BOOK" "$MIXED" "$REFUSED" "$HWM" "$RSS" <<'PY'
import sys
def parse(line):
    name, _, *pairs = line.split()
    return name, {k: float(v) for k, v in (p.split("=") for p in pairs)}
rows = [parse(line) for line in sys.argv[1:6]]
print()
print("| endpoint | requests/s | p50 ms | p95 ms | p99 ms | max ms | errors (connect/read/write/status/timeout) |")
print("|---|---|---|---|---|---|---|")
for name, r in rows:
    errors = "/".join(str(int(r[k])) for k in
                      ("errors_connect", "errors_read", "errors_write", "errors_status", "errors_timeout"))
    print(f"| {name} | {r['rps']:.0f} | {r['p50_ms']:.1f} | {r['p95_ms']:.1f} | {r['p99_ms']:.1f} | {r['max_ms']:.0f} | {errors} |")
live, avail, book, mixed, refused = (row[1] for row in rows)
def errors(r):
    return int(sum(r[k] for k in r if k.startswith("errors_")))
total_errors = errors(avail)
ratio = avail["rps"] / live["rps"]
print()
print(f"availability / ceiling throughput: {ratio:.1%} (target >= 50%): {'MET' if ratio >= 0.5 else 'MISSED'}")
print(f"availability p95: {avail['p95_ms']:.1f} ms (target <= 60 ms): {'MET' if avail['p95_ms'] <= 60 else 'MISSED'}")
print(f"availability errors: {int(total_errors)} (target 0): {'MET' if total_errors == 0 else 'MISSED'}")
made = book["rps"] * (1 - book["errors_status"] / book["requests"]) if book["requests"] else 0
print(f"bookings made (201): {made:.0f}/s, p95 {book['p95_ms']:.1f} ms, errors {errors(book)} (target 0): "
      f"{'MET' if errors(book) == 0 else 'MISSED'}")
print(f"mixed visit p95: {mixed['p95_ms']:.1f} ms (target < 300 ms): {'MET' if mixed['p95_ms'] < 300 else 'MISSED'}")
print(f"mixed visit errors: {errors(mixed)} (target 0): {'MET' if errors(mixed) == 0 else 'MISSED'}")
print(f"refused (400 before any work) / ceiling throughput: {refused['rps'] / live['rps']:.1%}, the framework around "
      f"an application endpoint on its own; availability reaches {avail['rps'] / refused['rps']:.1%} of that "
      f"(the refused run's 400s count as errors in the table above; they are its point)")
print(f"server peak RSS (VmHWM): {sys.argv[6]}; RSS at the end: {sys.argv[7]}")
PY
