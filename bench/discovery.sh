# Discovery rows of bench/run.sh (sourced by it, after the published-read rows; uses its functions and variables).
# Mixes generated with a fixed seed from the data set's vocabulary (bench/discovery_mix.py); the long-tail rows run
# with the result cache off (e2e.search.cache-max-bytes=0), the portal rows with it on; the limit is the same
# long-tail queries run by the engine in-process (bench/EngineBench.java), on the index the service built.

echo "== discovery mixes (fixed seed, from the data set's own words)"
mkdir -p "$WORK/mix"
psql -At -F ' ' -d "$BENCH_DB" >"$WORK/mix/words.txt" <<'SQL'
SELECT count(*), w FROM (
  SELECT regexp_split_to_table(lower(concat_ws(' ', title, summary, search_text)), '[^a-z]+') AS w
  FROM e2e.resource WHERE status = 'published'
  UNION ALL
  SELECT regexp_split_to_table(lower(concat_ws(' ', n.title, n.body)), '[^a-z]+')
  FROM e2e.node n JOIN e2e.framework_version v ON v.id = n.version_id WHERE v.status = 'published'
) words WHERE length(w) >= 3 GROUP BY w ORDER BY 1 DESC, 2;
SQL
psql -At -d "$BENCH_DB" -c "SELECT DISTINCT unnest(tags) FROM e2e.resource WHERE status = 'published' ORDER BY 1" >"$WORK/mix/tags.txt"
python3 bench/discovery_mix.py "$WORK/mix/words.txt" "$WORK/mix/tags.txt" "$WORK/mix"

measure_mix() { # name paths-file connections [start-line]
  local line
  line=$(wrk -t"$THREADS" -c"$3" -d"$DURATION" --timeout 5s --latency -s bench/paths.lua "$BASE" -- "$2" "${4:-0}" | grep '^RESULT')
  echo "$1 $line" | tee -a "$WORK/results.txt"
}
warm_mix() { # paths-file start-line
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -s bench/paths.lua "$BASE" -- "$1" "$2" >/dev/null
}
sample_rss() {
  ( while kill -0 "$APP_PID" 2>/dev/null; do r=$(rss_mb "$APP_PID" || echo 0)
      [ "${r:-0}" -gt "$(cat "$WORK/rss-peak" 2>/dev/null || echo 0)" ] && echo "$r" >"$WORK/rss-peak"; sleep 0.5; done ) &
  SAMPLER_PID=$!
}
stop_sampler() { kill "$SAMPLER_PID" 2>/dev/null || true; SAMPLER_PID=""; }

# The long tail, no result cache: warm-up on the mixes' last thousands of lines, measured from their first.
start_app discovery-tail -De2e.search.index-dir="$WORK/index" -De2e.search.cache-max-bytes=0
sample_rss
for mix in tail-search typo-search suggest library-tail; do warm_mix "$WORK/mix/$mix.paths" 15000; done
measure_mix search-tail-1c "$WORK/mix/tail-search.paths" 1
measure_mix search-tail-32c "$WORK/mix/tail-search.paths" "$CONNECTIONS" 5000
measure_mix search-typo-1c "$WORK/mix/typo-search.paths" 1
measure_mix suggest-1c "$WORK/mix/suggest.paths" 1
measure_mix suggest-32c "$WORK/mix/suggest.paths" "$CONNECTIONS" 3000
measure_mix library-tail-1c "$WORK/mix/library-tail.paths" 1
measure_mix library-tail-32c "$WORK/mix/library-tail.paths" "$CONNECTIONS" 3000
stop_sampler
stop_app

# The portal mixes, result cache on (as shipped).
start_app discovery-portal -De2e.search.index-dir="$WORK/index"
sample_rss
warm_mix "$WORK/mix/portal-search.paths" 0
warm_mix "$WORK/mix/portal-library.paths" 0
measure_mix search-portal-32c "$WORK/mix/portal-search.paths" "$CONNECTIONS" 10000
measure_mix library-portal-32c "$WORK/mix/portal-library.paths" "$CONNECTIONS" 10000
cache_hit_ratio=$(curl -fs "$BASE/q/metrics" | awk '/^e2e_discovery_cache_hit_ratio/ {printf "%.3f", $NF}')
stop_sampler
stop_app

echo "== the engine in-process on the same long-tail queries (the limit)"
APP_CP="$WORK/app/app/*:$WORK/app/lib/main/*"
"$JAVA" -Xmx192m -cp "$APP_CP" bench/EngineBench.java "$WORK/index" "$WORK/mix/tail-queries.txt" 1 "${DURATION%s}" \
  | sed 's/^/engine-tail-1t /' | tee -a "$WORK/results.txt"
"$JAVA" -Xmx192m -cp "$APP_CP" bench/EngineBench.java "$WORK/index" "$WORK/mix/tail-queries.txt" "$CONNECTIONS" "${DURATION%s}" \
  | sed 's/^/engine-tail-32t /' | tee -a "$WORK/results.txt"
"$JAVA" -Xmx192m -cp "$APP_CP" bench/EngineBench.java "$WORK/index" "$WORK/mix/typo-queries.txt" 1 "${DURATION%s}" \
  | sed 's/^/engine-typo-1t /' | tee -a "$WORK/results.txt"
index_mb=$(du -sm "$WORK/index" | awk '{print $1}')
echo "index: ${index_mb} MB on disk, built in ${index_build_ms} ms; discovery result cache hit ratio (portal): ${cache_hit_ratio}"
