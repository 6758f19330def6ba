#!/usr/bin/env bash
# Runs every curl example of README.md and docs/*.md against the packaged service on a fresh database, as printed
# (only localhost:8080 becomes localhost:$port), and fails when one of them fails (curl --fail-with-body: a 4xx or
# 5xx, a refused connection, or a pipeline that fails). Examples that need a bearer token ($TOKEN) are listed as skipped.
# The service runs with the documentation's replica example (the primary standing in for its replica), so that
# example holds too. Needs target/quarkus-app and PostgreSQL on 127.0.0.1:5432. CI runs it after the tests.
# Settings (environment): E2E_EXAMPLES_DB (default e2e_examples), E2E_EXAMPLES_PORT (default 18091).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
db=${E2E_EXAMPLES_DB:-e2e_examples}
port=${E2E_EXAMPLES_PORT:-18091}
out="$root/target/doc-examples"
jar="$root/target/quarkus-app/quarkus-run.jar"
psql_admin=(psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres -d postgres)

[ -f "$jar" ] || { echo "doc-examples: $jar is missing; build it first with ./mvnw -DskipTests package" >&2; exit 1; }
mkdir -p "$out"
service_pid=
cleanup() {
  if [ -n "$service_pid" ] && kill -0 "$service_pid" 2>/dev/null; then
    kill "$service_pid"; wait "$service_pid" 2>/dev/null || true
  fi
  "${psql_admin[@]}" -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" || true
}
trap cleanup EXIT

"${psql_admin[@]}" -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" -c "CREATE DATABASE \"$db\""
QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$db" \
  QUARKUS_DATASOURCE__REPLICA__JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$db" \
  QUARKUS_HTTP_PORT="$port" E2E_PUBLIC_BASE_URL="http://localhost:$port" \
  java -jar "$jar" > "$out/service.log" 2>&1 &
service_pid=$!
for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$port/q/health/ready" > /dev/null 2>&1 && break
  kill -0 "$service_pid" 2>/dev/null || { tail -50 "$out/service.log" >&2; echo "doc-examples: the service stopped" >&2; exit 1; }
  sleep 1
done

# The examples: lines of sh blocks that start with curl (with their continuation lines), and `curl …` in the text.
python3 - "$port" README.md docs/*.md > "$out/examples.txt" <<'EOF'
import re, sys
port, files = sys.argv[1], sys.argv[2:]
for name in files:
    text = open(name, encoding="utf-8").read()
    examples = []
    for block in re.findall(r"```sh\n(.*?)```", text, re.S):
        lines = block.split("\n")
        i = 0
        while i < len(lines):
            line = lines[i]
            if line.lstrip().startswith("curl "):
                command = line
                while command.endswith("\\") and i + 1 < len(lines):
                    i += 1
                    command = command[:-1] + " " + lines[i].strip()
                examples.append(command.strip())
            i += 1
    outside = re.sub(r"```.*?```", "", text, flags=re.S)
    examples += [m.replace("\\|", "|") for m in re.findall(r"`(curl [^`]+)`", outside)]
    for example in examples:
        print(name + "\t" + example.replace("localhost:8080", "localhost:" + port))
EOF

curl() { command curl --fail-with-body -sS "$@"; }
export -f curl
ran=0; skipped=0; failed=0
while IFS=$'\t' read -r file example; do
  if [[ "$example" == *'$TOKEN'* ]]; then
    echo "skipped ($file, needs a bearer token): $example"; skipped=$((skipped + 1)); continue
  fi
  ran=$((ran + 1))
  if ! output=$(cd "$out" && bash -o pipefail -c "$example" 2>&1); then # files an example writes land in $out
    echo "FAILED ($file): $example" >&2
    echo "$output" | head -5 >&2
    failed=$((failed + 1))
  fi
done < "$out/examples.txt"
echo "doc-examples: $ran run, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
