#!/usr/bin/env bash
# Generates the TypeScript and Java clients from the committed snapshot docs/openapi.json, type-checks and compiles
# the two samples, runs both against the packaged service on a fresh database and checks what they print against
# clients/expected-output.txt. Needs target/quarkus-app (./mvnw verify or ./mvnw package), Node.js with npm, and
# PostgreSQL on 127.0.0.1:5432. CI runs it after the tests (.ci/run); it runs the same by hand:
#   bash clients/run.sh
# Settings (environment): E2E_CLIENTS_DB (default e2e_clients), E2E_CLIENTS_PORT (default 18089).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
started=$(date +%s)
elapsed() { echo "$(( $(date +%s) - started )) s"; }
db=${E2E_CLIENTS_DB:-e2e_clients}
port=${E2E_CLIENTS_PORT:-18089}
base="http://127.0.0.1:$port"
out="$root/target/clients"
jar="$root/target/quarkus-app/quarkus-run.jar"
psql_admin=(psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres -d postgres)

if [ ! -f "$jar" ]; then
  echo "clients: $jar is missing; build it first with ./mvnw verify (or ./mvnw -DskipTests package)" >&2
  exit 1
fi
mkdir -p "$out"
service_pid=
cleanup() {
  if [ -n "$service_pid" ] && kill -0 "$service_pid" 2>/dev/null; then
    kill "$service_pid"
    wait "$service_pid" 2>/dev/null || true
  fi
  "${psql_admin[@]}" -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" || true
}
trap cleanup EXIT

# 1. The packaged service on a fresh database, in the background while the clients are built.
"${psql_admin[@]}" -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" -c "CREATE DATABASE \"$db\""
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$db" \
  QUARKUS_HTTP_PORT="$port" E2E_PUBLIC_BASE_URL="$base" \
  java -jar "$jar" > "$out/service.log" 2>&1 &
service_pid=$!

# 2. The pinned tools (clients/package.json, package-lock.json), installed again only when the lock changed.
cd "$root/clients"
if ! cmp -s package-lock.json node_modules/.e2e-installed-lock 2>/dev/null; then
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.e2e-installed-lock
  echo "clients: npm tools installed [$(elapsed)]"
fi

# 3. TypeScript: types from the snapshot, strict type check, then compile the sample.
npx openapi-typescript ../docs/openapi.json --output typescript/generated/e2e.d.ts > "$out/openapi-typescript.log" 2>&1 \
  || { cat "$out/openapi-typescript.log" >&2; exit 1; }
npx tsc --noEmit --strict -p typescript
npx tsc -p typescript
echo "clients: TypeScript sample type-checks with tsc --strict ($(npx tsc --version)) [$(elapsed)]"

# 4. Java: openapi-generator (java, native, Jackson) from the snapshot, then compile the sample. The generator
#    must not warn about $ref siblings (it would drop them).
cd "$root"
./mvnw -B -f clients/java/pom.xml compile > "$out/java-build.log" 2>&1 || { tail -50 "$out/java-build.log" >&2; exit 1; }
if grep -E 'WARN.*(\$ref|Type\(s\) cleared|sibling)' "$out/java-build.log"; then
  echo "clients: openapi-generator warned about \$ref siblings (above)" >&2
  exit 1
fi
echo "clients: Java sample generated and compiled (openapi-generator $(sed -n 's:.*<openapi-generator.version>\(.*\)</openapi-generator.version>.*:\1:p' clients/java/pom.xml)) [$(elapsed)]"

# 5. Both samples against the service; each must print exactly the expected lines.
for _ in $(seq 1 120); do
  curl -fsS "$base/q/health/ready" > /dev/null 2>&1 && break
  kill -0 "$service_pid" 2>/dev/null || { cat "$out/service.log" >&2; echo "clients: the service stopped" >&2; exit 1; }
  sleep 1
done
curl -fsS "$base/q/health/ready" > /dev/null || { tail -50 "$out/service.log" >&2; echo "clients: the service is not ready" >&2; exit 1; }
echo "clients: the service is ready at $base [$(elapsed)]"

node clients/typescript/build/sample.js "$base" > "$out/typescript.out"
./mvnw -B -q -f clients/java/pom.xml exec:java -De2e.base-url="$base" > "$out/java.out"
status=0
for sample in typescript java; do
  if diff -u clients/expected-output.txt "$out/$sample.out"; then
    echo "clients: the $sample sample printed the $(wc -l < clients/expected-output.txt) expected lines"
  else
    echo "clients: the $sample sample's output differs from clients/expected-output.txt (above)" >&2
    status=1
  fi
done
echo "clients: done in $(elapsed)"
exit $status
