#!/usr/bin/env bash
# Benchmark of the published read path against nginx serving the same bytes, of discovery against the engine in-process (bench/discovery.sh), and of the remaining SQL against
# pgbench running the service's own SQL. Run by hand (not by tests or CI):
#   bench/run.sh            # builds the jar, generates the data set, measures, prints the table and results.json
# Needs: PostgreSQL on $PGHOST:$PGPORT (trust or PGPASSWORD), wrk and nginx (Debian packages), curl, psql, pgbench,
# python3, java 17+ ($JAVA; by default a JDK 25 under /usr/lib/jvm when there is one, as in production, else java).
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
# The production JVM (JDK 25, see docs/operations.md "Container image") when this machine has one, else the default java.
JAVA=${JAVA:-$(ls -d /usr/lib/jvm/*-25-*/bin/java 2>/dev/null | head -1)}
JAVA=${JAVA:-java}
JAVA_MAJOR=$("$JAVA" -XshowSettings:properties -version 2>&1 | awk '/java.specification.version/ {print $3}')
# The production JVM flags (also in src/main/docker/Dockerfile.jvm and deploy/k8s/deployment.yaml).
DEFAULT_OPTS="-Xms64m -Xmx192m -XX:MaxMetaspaceSize=128m -XX:MaxDirectMemorySize=96m -XX:ReservedCodeCacheSize=64m -Xss512k -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError"
[ "${JAVA_MAJOR%%.*}" -ge 25 ] && DEFAULT_OPTS="$DEFAULT_OPTS -XX:+UseCompactObjectHeaders"
JAVA_OPTS=${JAVA_OPTS:-$DEFAULT_OPTS}
# STARTUP_CACHE=true starts the measured service with a startup cache, and results.json says whether it loaded: on
# JDK 25 an AOT cache recorded by a training run on the data set (scripts/aot-train.sh), on older JDKs the AppCDS
# archive Quarkus builds with the jar.
STARTUP_CACHE=${STARTUP_CACHE:-${APPCDS:-true}}
AOT=false
[ "$STARTUP_CACHE" = true ] && [ "${JAVA_MAJOR%%.*}" -ge 25 ] && AOT=true
APPCDS=false
[ "$STARTUP_CACHE" = true ] && [ "$AOT" = false ] && APPCDS=true
# NMT=true starts the measured service with -XX:NativeMemoryTracking=summary and saves its summary after the load.
NMT=${NMT:-false}
PGBENCH_CLIENTS=${PGBENCH_CLIENTS:-32}
WORK=$(mktemp -d /tmp/e2e-bench.XXXXXX)
APP_PID=""
NGINX_PID=""
SAMPLER_PID=""

for tool in wrk nginx psql pgbench curl python3 "$JAVA"; do
  command -v "$tool" >/dev/null 2>&1 || { echo "bench: $tool is missing (apt-get install wrk nginx postgresql-client python3)" >&2; exit 1; }
done

cleanup() {
  [ -n "$SAMPLER_PID" ] && kill "$SAMPLER_PID" 2>/dev/null || true
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null || true
}
trap cleanup EXIT

now_ms() { date +%s%3N; }
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2/1024}' "/proc/$1/status"; }

start_app() { # name [extra JVM options...]; sets APP_PID and READY_MS
  local name=$1; shift
  local started=$(now_ms)
  # From the application directory, as the AppCDS archive was recorded (its class path is relative).
  # shellcheck disable=SC2086
  ( cd "${APP_DIR:-$WORK/app}" && exec "$JAVA" $JAVA_OPTS "$@" -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port="$APP_PORT" \
    -Dquarkus.datasource.jdbc.url="jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB" \
    -Dquarkus.datasource.username="$PGUSER" -Dquarkus.datasource.password="${PGPASSWORD:-postgres}" \
    -jar quarkus-run.jar ) >>"$WORK/app-$name.log" 2>&1 & # appended: the capture marks its requests in it
  APP_PID=$!
  until curl -fs -o /dev/null "http://127.0.0.1:$APP_PORT/q/health/ready"; do
    kill -0 "$APP_PID" 2>/dev/null || { echo "bench: the service died; see $WORK/app-$name.log" >&2; exit 1; }
    sleep 0.05
  done
  READY_MS=$(( $(now_ms) - started ))
}

stop_app() { kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }

echo "== build"
export JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v "$JAVA")")")") # the JVM that runs it builds AppCDS
# A build whose Hibernate statement log can show bound values (TRACE is a build-time minimum), only for capturing the
# SQL that pgbench replays; the measured service is the ordinary build. Both run as copies, so a rebuild in the
# checkout cannot disturb the measurement.
./mvnw -B -q package -DskipTests -Dquarkus.log.min-level=TRACE
cp -a target/quarkus-app "$WORK/capture-app"
PACKAGING=()
[ "$AOT" = true ] && PACKAGING=(-Dquarkus.package.jar.type=aot-jar) # the layout Quarkus arranges for an AOT cache
./mvnw -B -q package -DskipTests -Dquarkus.package.jar.appcds.enabled="$APPCDS" "${PACKAGING[@]}"
cp -a target/quarkus-app "$WORK/app"  # -a: AppCDS refuses jars whose modification time changed
if [ -f "$WORK/app/app-cds.jsa" ]; then JAVA_OPTS="$JAVA_OPTS -XX:SharedArchiveFile=app-cds.jsa -Xshare:auto"; fi

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

if [ "$AOT" = true ]; then
  echo "== AOT cache: a training run on the data set"
  JAVA="$JAVA" JAVA_OPTS="$JAVA_OPTS" scripts/aot-train.sh "$WORK/app" "jdbc:postgresql://$PGHOST:$PGPORT/$BENCH_DB"
  JAVA_OPTS="$JAVA_OPTS -XX:AOTCache=app.aot"
fi

BASE="http://127.0.0.1:$APP_PORT"
FILTERED_PATH="/api/v1/resources?audience=teachers&type=tool-playbook&size=25"
DEEP_PATH="$FILTERED_PATH&page=400"
SEARCH_PATH="/api/v1/search?q=trust%20colleagues&size=20"

echo "== the service's own SQL (Hibernate's statement log with bound values) for pgbench"
APP_DIR="$WORK/capture-app" start_app capture -Dquarkus.hibernate-orm.log.sql=true -Dquarkus.hibernate-orm.log.format-sql=false \
  -Dquarkus.hibernate-orm.log.highlight-sql=false -Dquarkus.log.category.\"org.hibernate.orm.jdbc.bind\".level=TRACE \
  -De2e.webhooks.delivery-enabled=false
for path in "$FILTERED_PATH" "$DEEP_PATH" "$SEARCH_PATH"; do
  curl -fs -o /dev/null "$BASE$path"          # cold: the count and the latest versions are read too
  sleep 0.5; echo "--- warm $path" >>"$WORK/app-capture.log"
  curl -fs -o /dev/null "$BASE$path"          # warm: what every later request runs
  sleep 0.5; echo "--- end" >>"$WORK/app-capture.log"
done
stop_app
python3 bench/statements.py "$WORK/app-capture.log" "$WORK"

echo "== search index: a start on the data set builds it into $WORK/index"
start_app index -De2e.search.index-dir="$WORK/index"
index_build_ms=$(grep -o 'Search index ready in [0-9]*' "$WORK/app-index.log" | tail -1 | awk '{print $NF}')
index_ready_ms=$READY_MS
echo "index built in ${index_build_ms} ms; ready ${index_ready_ms} ms after the process started"
stop_app

echo "== start on the data set (with that index, which matches the content)"
extra=(-De2e.search.index-dir="$WORK/index")
[ "$STARTUP_CACHE" = true ] && extra+=(-Xlog:class+load=info:file="$WORK/classload.log")
[ "$NMT" = true ] && extra+=(-XX:NativeMemoryTracking=summary)
start_app bench "${extra[@]}"
startup_ms=$READY_MS
appcds_loaded=false
# Loaded when the application's own classes came from the archive or cache, not from its jars.
if [ -f "$WORK/classload.log" ] && grep -q "org\.e2e\..*source: shared objects file" "$WORK/classload.log"; then appcds_loaded=true; fi
sleep 5
rss_idle=$(rss_mb "$APP_PID")
echo "startup to ready: ${startup_ms} ms ($(grep -o 'started in [0-9.]*s' "$WORK/app-bench.log")); startup cache ($([ "$AOT" = true ] && echo AOT || echo AppCDS)) loaded: $appcds_loaded; RSS idle: ${rss_idle} MB"

NODE=$(psql -At -d "$BENCH_DB" -c "SELECT n.node_id FROM e2e.node n JOIN e2e.framework_version v ON v.id = n.version_id
  JOIN e2e.framework f ON f.id = v.framework_id WHERE f.slug = 'bench-01' AND n.type = 'action' ORDER BY n.position DESC LIMIT 1")
TREE="$BASE/api/v1/frameworks/bench-01"
NODE_URL="$BASE/api/v1/frameworks/bench-01/versions/1.0.0/nodes/$NODE"
FILTERED="$BASE$FILTERED_PATH"
DEEP="$BASE$DEEP_PATH"
SEARCH="$BASE$SEARCH_PATH"
curl -fs -o "$WORK/tree.json" "$TREE"
curl -fs -H 'Accept-Encoding: gzip' -o "$WORK/tree.json.gz" "$TREE"
ETAG=$(curl -fsI "$TREE" | awk 'tolower($1)=="etag:" {print $2}' | tr -d '\r')
GZIP_ETAG=$(curl -fsI -H 'Accept-Encoding: gzip' "$TREE" | awk 'tolower($1)=="etag:" {print $2}' | tr -d '\r')
cmp <(gzip -dc "$WORK/tree.json.gz") "$WORK/tree.json" || { echo "bench: the gzip tree does not decode to the tree" >&2; exit 1; }
for url in "$NODE_URL" "$FILTERED" "$DEEP" "$SEARCH"; do curl -fs -o /dev/null "$url" || { echo "bench: $url fails" >&2; exit 1; }; done
echo "tree: $(stat -c %s "$WORK/tree.json") bytes, ETag $ETAG; gzip: $(stat -c %s "$WORK/tree.json.gz") bytes, ETag $GZIP_ETAG"

echo "== nginx on $NGINX_PORT serving the same tree bytes (and the service's own .gz with gzip_static)"
mkdir -p "$WORK/nginx/www" "$WORK/nginx/logs"
cp "$WORK/tree.json" "$WORK/nginx/www/tree.json"
cp "$WORK/tree.json.gz" "$WORK/nginx/www/tree.json.gz"
touch -r "$WORK/nginx/www/tree.json" "$WORK/nginx/www/tree.json.gz"
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
    gzip_static on;
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

gc_seconds() { curl -fs "$BASE/q/metrics" | awk '/^jvm_gc_pause_seconds_sum/ {s += $NF} END {printf "%.3f", s}'; }

echo "== JIT warm-up ($WARMUP per endpoint)"
for url in "$TREE" "$NODE_URL" "$FILTERED" "$DEEP" "$SEARCH"; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$url" >/dev/null
done
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "If-None-Match: $ETAG" "$TREE" >/dev/null
wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "Accept-Encoding: gzip" "$TREE" >/dev/null

echo "== measure (wrk -t$THREADS -c$CONNECTIONS -d$DURATION)"
: >"$WORK/results.txt"
gc_before=$(gc_seconds)
measure tree "$TREE"
measure nginx-tree "http://127.0.0.1:$NGINX_PORT/tree.json"
measure tree-gzip "$TREE" "Accept-Encoding: gzip"
measure nginx-tree-gzip "http://127.0.0.1:$NGINX_PORT/tree.json" "Accept-Encoding: gzip"
measure 304 "$TREE" "If-None-Match: $ETAG"
measure nginx-304 "http://127.0.0.1:$NGINX_PORT/tree.json" "If-None-Match: $NGINX_ETAG"
measure node "$NODE_URL"
measure resources-filtered "$FILTERED"
measure resources-deep "$DEEP"
measure search "$SEARCH"
CONNECTIONS=1 measure resources-1-client "$FILTERED"
CONNECTIONS=1 measure resources-deep-1-client "$DEEP"
CONNECTIONS=1 measure search-1-client "$SEARCH"
gc_ms=$(awk -v a="$gc_before" -v b="$(gc_seconds)" 'BEGIN {printf "%.0f", (b - a) * 1000}')
kill "$SAMPLER_PID" 2>/dev/null || true; SAMPLER_PID=""
if [ "$NMT" = true ]; then "$(dirname "$(readlink -f "$(command -v "$JAVA")")")/jcmd" "$APP_PID" VM.native_memory summary >"$WORK/nmt.txt" 2>&1 || true; fi
stop_app

echo "== pgbench: the same statements on the same database (-M prepared, as the JDBC driver runs them)"
pgbench_tps() { # name clients
  PGOPTIONS="-c search_path=e2e" pgbench -n -M prepared -c "$2" -j "$(( $2 < 4 ? $2 : 4 ))" -T "${DURATION%s}" -f "$WORK/pg-$1.sql" "$BENCH_DB" 2>/dev/null \
    | awk '/^tps/ {printf "%.0f", $3}'
}
: >"$WORK/pgbench.txt"
for name in resources deep search; do
  # The library and search are answered from the search index: no statement was captured, nothing to replay.
  [ -s "$WORK/pg-$name.sql" ] || { echo "pgbench-$name: no SQL (served from the index)"; continue; }
  for clients in 1 "$PGBENCH_CLIENTS"; do
    echo "pgbench-$name-${clients}c $(pgbench_tps "$name" "$clients")" | tee -a "$WORK/pgbench.txt"
  done
done

source bench/discovery.sh
rss_load=$(cat "$WORK/rss-peak" 2>/dev/null || echo 0)

rps() { awk -v n="$1" '$1==n {print $3}' "$WORK/results.txt"; }
p95() { awk -v n="$1" '$1==n {print $5}' "$WORK/results.txt"; } # name RESULT rps p50 p95 p99 ...
pg() { awk -v n="$1" '$1==n {print $2}' "$WORK/pgbench.txt"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b > 0) printf "%.2f", a / b; else print "null"}'; }
nginx_tree=$(rps nginx-tree)
nginx_tree_gzip=$(rps nginx-tree-gzip)
nginx_304=$(rps nginx-304)
{
  echo
  echo "Date: $(date -u '+%Y-%m-%d %H:%M UTC'); machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo), $(uname -sr); $("$JAVA" -version 2>&1 | head -1)"
  echo "Data: $FRAMEWORKS frameworks x $ACTIONS extra actions, $RESOURCES resources; tree $(stat -c %s "$WORK/tree.json") bytes; wrk -t$THREADS -c$CONNECTIONS -d$DURATION"
  echo "JVM: $JAVA_OPTS"
  echo
  echo "| request | req/s | p50 ms | p95 ms | p99 ms | ratio | socket errors |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
  while read -r name _ rps p50 p95 p99 _ errors; do
    ratio=""
    case $name in
      tree) ratio="$(ratio "$rps" "$nginx_tree")x nginx" ;;
      tree-gzip) ratio="$(ratio "$rps" "$nginx_tree_gzip")x nginx gzip_static" ;;
      304) ratio="$(ratio "$rps" "$nginx_304")x nginx" ;;
      resources-filtered) ratio="$(ratio "$rps" "$(pg "pgbench-resources-${PGBENCH_CLIENTS}c")")x pgbench" ;;
      resources-deep) ratio="$(ratio "$rps" "$(pg "pgbench-deep-${PGBENCH_CLIENTS}c")")x pgbench" ;;
      search) ratio="$(ratio "$rps" "$(pg "pgbench-search-${PGBENCH_CLIENTS}c")")x pgbench" ;;
      resources-1-client) ratio="$(ratio "$rps" "$(pg pgbench-resources-1c)")x pgbench" ;;
      resources-deep-1-client) ratio="$(ratio "$rps" "$(pg pgbench-deep-1c)")x pgbench" ;;
      search-1-client) ratio="$(ratio "$rps" "$(pg pgbench-search-1c)")x pgbench" ;;
      nginx-*) ratio="1.00x" ;;
      search-tail-32c) ratio="$(ratio "$rps" "$(rps engine-tail-32t)")x engine" ;;
      search-tail-1c) ratio="$(ratio "$rps" "$(rps engine-tail-1t)")x engine" ;;
      search-typo-1c) ratio="$(ratio "$rps" "$(rps engine-typo-1t)")x engine" ;;
      engine-*) ratio="1.00x" ;;
    esac
    echo "| $name | $rps | $p50 | $p95 | $p99 | $ratio | $errors |"
  done <"$WORK/results.txt"
  echo
  echo
  echo "pgbench (the service's SQL, -M prepared, tps): $(tr '\n' ' ' <"$WORK/pgbench.txt")"
  echo "Startup to ready (data set present): ${startup_ms} ms (first start with migrations and content load: ${first_ms} ms); startup cache ($([ "$AOT" = true ] && echo AOT || echo AppCDS)) loaded: $appcds_loaded"
  echo "Search index: built in ${index_build_ms} ms (ready ${index_ready_ms} ms after start), ${index_mb} MB on disk; portal result cache hit ratio ${cache_hit_ratio}"
  echo "RSS: idle ${rss_idle} MB, peak under load ${rss_load} MB; GC time under load: ${gc_ms} ms"
} | tee "$WORK/table.md"

mkdir -p target/bench
cat >target/bench/results.json <<JSON
{
  "date": "$(date -u '+%Y-%m-%dT%H:%M:%SZ')",
  "machine": "$(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo), $(uname -sr), $("$JAVA" -version 2>&1 | head -1 | tr -d '"')",
  "resources": $RESOURCES,
  "frameworks": $FRAMEWORKS,
  "tree_ratio": $(ratio "$(rps tree)" "$nginx_tree"),
  "tree_gzip_ratio": $(ratio "$(rps tree-gzip)" "$nginx_tree_gzip"),
  "not_modified_ratio": $(ratio "$(rps 304)" "$nginx_304"),
  "resources_p95_ms_1c": $(p95 resources-1-client),
  "resources_deep_p95_ms_1c": $(p95 resources-deep-1-client),
  "resources_vs_pgbench_32c": $(ratio "$(rps resources-filtered)" "$(pg "pgbench-resources-${PGBENCH_CLIENTS}c")"),
  "resources_deep_vs_pgbench_32c": $(ratio "$(rps resources-deep)" "$(pg "pgbench-deep-${PGBENCH_CLIENTS}c")"),
  "search_p95_ms_1c": $(p95 search-1-client),
  "search_vs_pgbench_32c": $(ratio "$(rps search)" "$(pg "pgbench-search-${PGBENCH_CLIENTS}c")"),
  "search_tail_p95_ms_1c": $(p95 search-tail-1c),
  "search_tail_rps_32c": $(rps search-tail-32c),
  "search_tail_vs_engine_32c": $(ratio "$(rps search-tail-32c)" "$(rps engine-tail-32t)"),
  "search_typo_p95_ms_1c": $(p95 search-typo-1c),
  "suggest_p95_ms_1c": $(p95 suggest-1c),
  "suggest_rps_32c": $(rps suggest-32c),
  "library_tail_p95_ms_1c": $(p95 library-tail-1c),
  "library_tail_rps_32c": $(rps library-tail-32c),
  "library_portal_rps_32c": $(rps library-portal-32c),
  "search_portal_rps_32c": $(rps search-portal-32c),
  "engine_tail_rps_32t": $(rps engine-tail-32t),
  "engine_tail_p95_ms_1t": $(p95 engine-tail-1t),
  "index_build_ms": ${index_build_ms:-null},
  "index_mb": $index_mb,
  "discovery_cache_hit_ratio_portal": ${cache_hit_ratio:-null},
  "startup_ms": $startup_ms,
  "rss_peak_mb": $rss_load,
  "rss_idle_mb": $rss_idle,
  "gc_ms_under_load": $gc_ms,
  "appcds_loaded": $appcds_loaded,
  "startup_cache": "$([ "$AOT" = true ] && echo aot || { [ "$APPCDS" = true ] && echo appcds || echo none; })"
}
JSON
echo
echo "bench: table in $WORK/table.md, figures in target/bench/results.json, logs in $WORK"
