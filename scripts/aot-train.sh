#!/usr/bin/env bash
# Records a JDK 25 AOT cache (JEP 483/514/515: loaded and linked classes, method profiles) for the packaged
# service with a training run: starts it with -XX:AOTCacheOutput, sends it the requests a service answers after a
# start (published reads, a library page, a search, a resource, the spec), and stops it; the JVM writes the cache
# on exit. Start the same jar, from the same directory, with the same JVM and GC flags and -XX:AOTCache=app.aot.
#   scripts/aot-train.sh [APP_DIR] [JDBC_URL]
# APP_DIR defaults to target/quarkus-app; JDBC_URL to the service's default database. The database needs the
# content loaded (any first start does that). JAVA (a JDK 25 java) and JAVA_OPTS are taken from the environment.
set -euo pipefail
APP_DIR=${1:-target/quarkus-app}
JDBC_URL=${2:-jdbc:postgresql://localhost:5432/postgres}
JAVA=${JAVA:-java}
PORT=${AOT_TRAIN_PORT:-8099}
# The cache is written at exit into the metaspace's read-only region; a metaspace cap can make that fail, and the
# cap does not have to match the runs that use the cache, so the training drops it.
OPTS=$(echo "${JAVA_OPTS:-}" | sed -E 's/-XX:MaxMetaspaceSize=[^ ]+//; s/-XX:(SharedArchiveFile|AOTCache)=[^ ]+//; s/-Xshare:[a-z]+//')
base="http://127.0.0.1:$PORT"
cd "$APP_DIR"
rm -f app.aot
# shellcheck disable=SC2086
"$JAVA" $OPTS -XX:AOTCacheOutput=app.aot -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$PORT" \
  -Dquarkus.datasource.jdbc.url="$JDBC_URL" -De2e.webhooks.delivery-enabled=false -jar quarkus-run.jar >aot-train.log 2>&1 &
pid=$!
for _ in $(seq 1 600); do
  curl -fs -o /dev/null "$base/q/health/ready" && break
  kill -0 "$pid" 2>/dev/null || { echo "aot-train: the service died; see $APP_DIR/aot-train.log" >&2; exit 1; }
  sleep 0.1
done
fw=$(curl -fs "$base/api/v1/frameworks" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["slug"])')
for path in /api/v1/frameworks "/api/v1/frameworks/$fw" "/api/v1/frameworks/$fw/versions" "/api/v1/frameworks/$fw/actions?size=5" \
    "/api/v1/frameworks/$fw/principles" "/api/v1/resources?size=5" "/api/v1/resources?audience=teachers&size=5" \
    "/api/v1/search?q=trust&size=5" /q/openapi; do
  for _ in 1 2 3; do curl -s -o /dev/null -H 'Accept-Encoding: gzip' "$base$path"; curl -s -o /dev/null "$base$path"; done
done
kill "$pid"
wait "$pid" || true
[ -s app.aot ] || { echo "aot-train: no cache was written; see $APP_DIR/aot-train.log" >&2; exit 1; }
echo "aot-train: $(du -h app.aot | cut -f1) AOT cache in $APP_DIR/app.aot"
