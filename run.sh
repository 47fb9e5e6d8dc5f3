#!/usr/bin/env bash
# Builds what is needed and starts LACA on Payara Micro at http://localhost:8080 (embedded H2 under ./data/ by default;
# set LACA_DB_URL, LACA_DB_USER and LACA_DB_PASSWORD for PostgreSQL; docs/configuration.md lists every setting).
set -euo pipefail
cd "$(dirname "$0")"
mvn -q -B -DskipTests -pl bootstrap -am package
exec java ${JAVA_OPTS:--Xmx512m} -jar bootstrap/target/payara-micro.jar \
  --deploy bootstrap/target/laca.war --contextroot / --port "${PORT:-8080}" \
  --nocluster --disablephonehome
