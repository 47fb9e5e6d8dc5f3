#!/usr/bin/env bash
# Builds what is needed and starts LACA on Payara Micro at http://localhost:8080 (embedded H2 under ./data/ by default;
# set LACA_DB_URL, LACA_DB_USER and LACA_DB_PASSWORD for PostgreSQL; docs/configuration.md lists every setting).
set -euo pipefail
cd "$(dirname "$0")"
mvn -q -B -DskipTests -pl bootstrap -am package
# The HTTP listener's time-outs and limits; with LACA_HTTP_MANAGEMENT_PORT, a second listener for operations
# (docs/operations.md).
management=() listener=()
if [[ -n "${LACA_HTTP_MANAGEMENT_PORT:-}" ]]; then
  management=(-Dlaca.http.management-port="$LACA_HTTP_MANAGEMENT_PORT")
  listener=(--postbootcommandfile bootstrap/target/payara/management-listener.asadmin)
fi
# Logs: one JSON object per line with LACA_LOG_FORMAT=json; plain text without colours when not on a terminal.
logging=()
if [[ "${LACA_LOG_FORMAT:-}" == json ]]; then
  logging=(--logproperties bootstrap/target/payara/logging-json.properties)
elif [[ ! -t 1 ]]; then
  logging=(--logproperties bootstrap/target/payara/logging-text.properties)
fi
exec java ${JAVA_OPTS:--Xmx512m} "${management[@]}" -jar bootstrap/target/payara-micro.jar \
  --prebootcommandfile bootstrap/target/payara/pre-boot-commands.asadmin "${listener[@]}" "${logging[@]}" \
  --deploy bootstrap/target/laca.war --contextroot / --port "${PORT:-8080}" \
  --nocluster --disablephonehome
