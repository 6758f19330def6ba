#!/usr/bin/env python3
"""Turns the service's own statement log into pgbench scripts.

bench/run.sh starts the service once with Hibernate's SQL log and bound values (a build with TRACE logging), asks
each measured URL twice and marks the second (warm) request in the log with "--- warm <path>" ... "--- end". Every
statement logged in between, with its bound values in place of its "?" markers, becomes one line of
pg-resources.sql, pg-deep.sql or pg-search.sql in the output directory: the exact SQL a warm request runs.
"""
import re
import sys

ANSI = re.compile(r"\x1b\[[0-9;]*m")
LOG_LINE = re.compile(r"^\d\d:\d\d:\d\d ")
BIND = re.compile(r"binding parameter \((?:\[)?(\d+)(?:\])?(?::[A-Z_]+)?\) <- \[(.*)\]$")


def name_of(path):
    if path.startswith("/api/v1/search"):
        return "search"
    return "deep" if "page=" in path else "resources"


def literal(value):
    if value == "null":
        return "NULL"
    return "'" + value.replace("'", "''") + "'"


def main(log_file, out_dir):
    lines = [ANSI.sub("", line.rstrip("\n")) for line in open(log_file, encoding="utf-8", errors="replace")]
    scripts, current, statements = {}, None, []
    sql, binds = None, {}

    def flush():
        nonlocal sql, binds
        if sql is not None and current is not None:
            text = " ".join(sql.split())
            parts = text.split("?")
            if len(parts) - 1 != len(binds):
                sys.exit(f"statements.py: {len(parts) - 1} markers but {len(binds)} bound values in: {text[:200]}")
            out = parts[0]
            for i, part in enumerate(parts[1:], start=1):
                out += literal(binds[i]) + part
            statements.append(out + ";")
        sql, binds = None, {}

    for line in lines:
        if line.startswith("--- warm "):
            flush()
            current, statements = line[len("--- warm "):].strip(), []
            continue
        if line.startswith("--- end"):
            flush()
            if current is not None:
                scripts[name_of(current)] = statements
            current = None
            continue
        if current is None:
            continue
        bind = BIND.search(line)
        if bind:
            binds[int(bind.group(1))] = bind.group(2)
            continue
        marker = "[Hibernate]" if "[Hibernate]" in line else "Hibernate:" if line.startswith("Hibernate:") else None
        if marker:
            flush()
            sql = line.split(marker, 1)[1]
        elif sql is not None and not LOG_LINE.match(line):
            sql += " " + line
        else:
            flush()
    for name in ("resources", "deep", "search"):
        if name not in scripts:
            sys.exit(f"statements.py: the request for {name} is not marked in {log_file}")
        if not scripts[name]:
            # Answered without SQL (the library and search read the search index): nothing for pgbench.
            print(f"{name}: no statement per warm request")
            continue
        with open(f"{out_dir}/pg-{name}.sql", "w", encoding="utf-8") as f:
            f.write("\n".join(scripts[name]) + "\n")
        print(f"{name}: {len(scripts[name])} statement(s) per warm request")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
