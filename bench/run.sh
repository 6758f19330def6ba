#!/usr/bin/env bash
# Benchmark of the published read path against nginx serving the same bytes. Run by hand (not by tests or CI):
#   bench/run.sh            # builds the jar, generates the data set, measures, prints the table
# Needs: PostgreSQL on $PGHOST:$PGPORT (trust or PGPASSWORD), wrk and nginx (Debian packages), curl, psql, java 17+.
# Everything runs on loopback, on ports $APP_PORT and $NGINX_PORT, in database $BENCH_DB (dropped and recreated).
set -euo pipefail
cd "$(dirname "$0")/.."

APP_PORT=${APP_PORT:-8086}
NGINX_PORT=${NGINX_PORT:-8087}
BENCH_DB=${BENCH_DB:-e2e_bench}
PGHOST=${PGHOST:-127.0.0.1}
PGPORT=${PGPORT:-5432}
PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
FRAMEWORKS=${FRAMEWORKS:-50}
ACTIONS=${ACTIONS:-2000}
RESOURCES=${RESOURCES:-100000}
THREADS=${THREADS:-1}
CONNECTIONS=${CONNECTIONS:-32}
DURATION=${DURATION:-15s}
WARMUP=${WARMUP:-10s}
# The production JVM flags (also in src/main/docker/Dockerfile.jvm and deploy/k8s/deployment.yaml).
JAVA_OPTS=${JAVA_OPTS:-"-Xms64m -Xmx192m -XX:MaxMetaspaceSize=128m -XX:MaxDirectMemorySize=96m -XX:ReservedCodeCacheSize=64m -Xss512k -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError"}
# APPCDS=true builds a class data sharing archive with the jar and starts with it (it did not load in my runs: see docs/performance.md).
APPCDS=${APPCDS:-false}
WORK=$(mktemp -d /tmp/e2e-bench.XXXXXX)
APP_PID=""
NGINX_PID=""
SAMPLER_PID=""

for tool in wrk nginx psql curl java; do
  command -v "$tool" >/dev/null 2>&1 || { echo "bench: $tool is missing (apt-get install wrk nginx postgresql-client)" >&2; exit 1; }
done

cleanup() {
  [ -n "$SAMPLER_PID" ] && kill "$SAMPLER_PID" 2>/dev/null || true
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
}
trap cleanup EXIT

now_ms() { date +%s%3N; }
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }

start_app() { # sets APP_PID and READY_MS
  local started=$(now_ms)
  # From the application directory, as the AppCDS archive was recorded (its class path is relative).
  # shellcheck disable=SC2086
  ( cd "$WORK/app" && exec java $JAVA_OPTS -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$APP_PORT" \
    -Dquarkus.datasource.jdbc.url="jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB" \
    -Dquarkus.datasource.username="$PGUSER" -Dquarkus.datasource.password="${PGPASSWORD:-postgres}" \
    -jar quarkus-run.jar ) >"$WORK/app-$1.log" 2>&1 &
  APP_PID=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$APP_PORT/q/health/ready"; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "bench: the service died; see $WORK/app-$1.log" >&2; exit 1; }
    sleep 0.05
  done
  READY_MS=$(( $(now_ms) - started ))
}

stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }

echo "== build"
./mvnw -B -q package -DskipTests -Dquarkus.package.jar.appcds.enabled="$APPCDS"
cp -r target/quarkus-app "$WORK/app"
if [ -f "$WORK/app/app-cds.jsa" ]; then JAVA_OPTS="$JAVA_OPTS -XX:SharedArchiveFile=app-cds.jsa -Xshare:auto"; fi # run a copy, so a rebuild in the checkout cannot disturb the measurement

echo "== database $BENCH_DB"
psql -q -d postgres -c "DROP DATABASE IF EXISTS $BENCH_DB WITH (FORCE)" -c "CREATE DATABASE $BENCH_DB"
start_app first
first_ms=$READY_MS
echo "first start (migrations + content load): ${first_ms} ms"
stop_app

echo "== generate $FRAMEWORKS frameworks x $ACTIONS actions, $RESOURCES resources"
gen_started=$(now_ms)
psql -q -d "$BENCH_DB" -v frameworks="$FRAMEWORKS" -v actions="$ACTIONS" -v resources="$RESOURCES" -f bench/generate.sql
echo "generated in $(( $(now_ms) - gen_started )) ms"

echo "== start on the data set"
start_app bench
startup_ms=$READY_MS
sleep 5
rss_idle=$(rss_mb "$APP_PID")
echo "startup to ready: ${startup_ms} ms; RSS idle: ${rss_idle} MB"

BASE="http://127.0.0.1:$APP_PORT"
NODE=$(psql -At -d "$BENCH_DB" -c "SELECT n.node_id FROM e2e.node n JOIN e2e.framework_version v ON v.id = n.version_id
  JOIN e2e.framework f ON f.id = v.framework_id WHERE f.slug = 'bench-01' AND n.type = 'action' ORDER BY n.position DESC LIMIT 1")
TREE="$BASE/api/v1/frameworks/bench-01"
NODE_URL="$BASE/api/v1/frameworks/bench-01/versions/1.0.0/nodes/$NODE"
FILTERED="$BASE/api/v1/resources?audience=teachers&type=tool-playbook&size=25"
DEEP="$BASE/api/v1/resources?audience=teachers&type=tool-playbook&size=25&page=400"
SEARCH="$BASE/api/v1/search?q=trust%20colleagues&size=20"
curl -fs -o "$WORK/tree.json" "$TREE"
ETAG=$(curl -fsI "$TREE" | awk 'tolower($1)=="etag:" {print $2}' | tr -d '\r')
for url in "$NODE_URL" "$FILTERED" "$DEEP" "$SEARCH"; do curl -fs -o /dev/null "$url" || { echo "bench: $url fails" >&2; exit 1; }; done
echo "tree: $(stat -c %s "$WORK/tree.json") bytes, ETag $ETAG"

echo "== nginx on $NGINX_PORT serving the same tree bytes"
mkdir -p "$WORK/nginx/www" "$WORK/nginx/logs"
cp "$WORK/tree.json" "$WORK/nginx/www/tree.json"
chmod -R a+rX "$WORK"
cat >"$WORK/nginx/nginx.conf" <<EOF
worker_processes auto;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/logs/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  types { application/json json; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/nginx/www;
  }
}
EOF
nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" &
NGINX_PID=$!
until curl -fs -o /dev/null "http://127.0.0.1:$NGINX_PORT/tree.json"; do sleep 0.05; done
NGINX_ETAG=$(curl -fsI "http://127.0.0.1:$NGINX_PORT/tree.json" | awk 'tolower($1)=="etag:" {print $2}' | tr -d '\r')

cat >"$WORK/report.lua" <<'EOF'
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %.0f %.2f %.2f %.2f %d %d\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests, e.connect + e.read + e.write + e.timeout))
end
EOF

# RSS under load: the largest value sampled while wrk runs.
( peak=0; while kill -0 "$APP_PID" 2>/dev/null; do r=$(rss_mb "$APP_PID" || echo 0); [ "${r:-0}" -gt "$peak" ] && peak=$r && echo "$peak" >"$WORK/rss-peak"; sleep 0.5; done ) &
SAMPLER_PID=$!

measure() { # name url [header]
  local name=$1 url=$2 header=${3:-}
  local args=(-t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --timeout 5s --latency -s "$WORK/report.lua")
  [ -n "$header" ] && args+=(-H "$header")
  local line
  line=$(wrk "${args[@]}" "$url" | grep '^RESULT')
  echo "$name $line" | tee -a "$WORK/results.txt"
}

echo "== JIT warm-up ($WARMUP per endpoint)"
for url in "$TREE" "$NODE_URL" "$FILTERED" "$DEEP" "$SEARCH"; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$url" >/dev/null
done
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "If-None-Match: $ETAG" "$TREE" >/dev/null

echo "== measure (wrk -t$THREADS -c$CONNECTIONS -d$DURATION)"
: >"$WORK/results.txt"
measure tree "$TREE"
measure nginx-tree "http://127.0.0.1:$NGINX_PORT/tree.json"
measure 304 "$TREE" "If-None-Match: $ETAG"
measure nginx-304 "http://127.0.0.1:$NGINX_PORT/tree.json" "If-None-Match: $NGINX_ETAG"
measure node "$NODE_URL"
measure resources-filtered "$FILTERED"
measure resources-deep "$DEEP"
measure search "$SEARCH"
CONNECTIONS=1 measure search-1-client "$SEARCH"
rss_load=$(cat "$WORK/rss-peak" 2>/dev/null || echo "?")
kill "$SAMPLER_PID" 2>/dev/null || true; SAMPLER_PID=""

nginx_tree=$(awk '$1=="nginx-tree" {print $3}' "$WORK/results.txt")
nginx_304=$(awk '$1=="nginx-304" {print $3}' "$WORK/results.txt")
{
  echo
  echo "Date: $(date -u '+%Y-%m-%d %H:%M UTC'); machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo), $(uname -sr); $(java -version 2>&1 | head -1)"
  echo "Data: $FRAMEWORKS frameworks x $ACTIONS extra actions, $RESOURCES resources; tree $(stat -c %s "$WORK/tree.json") bytes; wrk -t$THREADS -c$CONNECTIONS -d$DURATION"
  echo "JVM: $JAVA_OPTS"
  echo
  echo "| request | req/s | p50 ms | p95 ms | p99 ms | vs nginx | socket errors |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
  while read -r name _ rps p50 p95 p99 _ errors; do
    ratio=""
    case $name in
      tree) ratio=$(awk -v a="$rps" -v b="$nginx_tree" 'BEGIN {printf "%.2fx", a/b}') ;;
      304) ratio=$(awk -v a="$rps" -v b="$nginx_304" 'BEGIN {printf "%.2fx", a/b}') ;;
      nginx-*) ratio="1.00x" ;;
    esac
    echo "| $name | $rps | $p50 | $p95 | $p99 | $ratio | $errors |"
  done <"$WORK/results.txt"
  echo
  echo "Startup to ready (data set present): ${startup_ms} ms (first start with migrations and content load: ${first_ms} ms)"
  echo "RSS: idle ${rss_idle} MB, peak under load ${rss_load} MB"
} | tee "$WORK/table.md"
echo
echo "bench: table in $WORK/table.md, logs in $WORK"
