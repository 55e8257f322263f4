#!/usr/bin/env bash
# Regenerate public/demo/yardpass.sql (genuine pg_dump 15 output) from the
# hand-written public/demo/yardpass.ddl.sql, using a throwaway PostgreSQL 15
# cluster that listens only on a unix socket inside a private temp dir.
#
# Also checks that public/demo/yardpass.domains.json has exactly one key per
# table (relkind r and p, i.e. including partitions) in schema public.
#
# Usage: scripts/demo/regen.sh          (from any working directory)
# Env:   PGBIN  PostgreSQL 15 bin dir   (default /usr/lib/postgresql/15/bin)
set -euo pipefail

SCRIPT_DIR="$(cd -- "$(dirname -- "${BASH_SOURCE[0]}")" && pwd)"
ROOT_DIR="$(cd -- "$SCRIPT_DIR/../.." && pwd)"
DEMO_DIR="$ROOT_DIR/public/demo"
PGBIN="${PGBIN:-/usr/lib/postgresql/15/bin}"

ROLES_SQL="$DEMO_DIR/roles.sql"
DDL_SQL="$DEMO_DIR/yardpass.ddl.sql"
DOMAINS_JSON="$DEMO_DIR/yardpass.domains.json"
OUT_SQL="$DEMO_DIR/yardpass.sql"
DB_NAME="yardpass"
# Fixed \restrict key so that regenerating an unchanged DDL gives a byte-identical dump.
RESTRICT_KEY="YardPassDemoDumpRestrictKey0000000000000000"

for f in "$ROLES_SQL" "$DDL_SQL" "$DOMAINS_JSON"; do
    [[ -f "$f" ]] || { echo "regen: missing $f" >&2; exit 1; }
done
for b in initdb pg_ctl pg_dump psql; do
    [[ -x "$PGBIN/$b" ]] || { echo "regen: $PGBIN/$b not found (set PGBIN)" >&2; exit 1; }
done

# Never talk to some other server by accident.
unset PGHOST PGHOSTADDR PGPORT PGUSER PGDATABASE PGSERVICE PGOPTIONS PGPASSWORD PGSSLMODE || true

TMP_DIR="$(mktemp -d "${TMPDIR:-/tmp}/yardpass-regen.XXXXXX")"
PGDATA_DIR="$TMP_DIR/data"
LOG_FILE="$TMP_DIR/postgres.log"
PORT=$(( 20000 + RANDOM % 40000 ))
STARTED=0

if [[ "$(id -u)" -eq 0 ]]; then
    # initdb/postgres refuse to run as root.
    chown postgres: "$TMP_DIR"
    as_pg() { runuser -u postgres -- "$@"; }
else
    as_pg() { "$@"; }
fi

cleanup() {
    local rc=$?
    if [[ "$STARTED" -eq 1 ]]; then
        as_pg "$PGBIN/pg_ctl" -D "$PGDATA_DIR" -m fast -w stop >/dev/null 2>&1 \
            || as_pg "$PGBIN/pg_ctl" -D "$PGDATA_DIR" -m immediate -w stop >/dev/null 2>&1 \
            || true
    fi
    if [[ $rc -ne 0 && -f "$LOG_FILE" ]]; then
        echo "regen: --- server log (tail) ---" >&2
        tail -n 20 "$LOG_FILE" >&2 || true
    fi
    rm -rf -- "$TMP_DIR"
    rm -f -- "$OUT_SQL.tmp"
    exit $rc
}
trap cleanup EXIT

echo "regen: initdb in $TMP_DIR"
as_pg "$PGBIN/initdb" -D "$PGDATA_DIR" --auth=trust -U postgres -E UTF8 --locale=C.UTF-8 >/dev/null

echo "regen: starting postgres (unix socket only, port $PORT)"
STARTED=1
as_pg "$PGBIN/pg_ctl" -D "$PGDATA_DIR" -l "$LOG_FILE" -w -t 60 \
    -o "-c listen_addresses='' -k '$TMP_DIR' -p $PORT -c fsync=off -c full_page_writes=off" \
    start >/dev/null

PSQL=("$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$TMP_DIR" -p "$PORT" -U postgres)

"${PSQL[@]}" -d postgres -c "CREATE DATABASE $DB_NAME"
echo "regen: loading roles.sql"
"${PSQL[@]}" -d "$DB_NAME" -f "$ROLES_SQL"
echo "regen: loading yardpass.ddl.sql"
"${PSQL[@]}" -d "$DB_NAME" -f "$DDL_SQL"

echo "regen: pg_dump --schema-only -> ${OUT_SQL#$ROOT_DIR/}"
"$PGBIN/pg_dump" -h "$TMP_DIR" -p "$PORT" -U postgres \
    --schema-only --no-owner --restrict-key="$RESTRICT_KEY" \
    -f "$OUT_SQL.tmp" "$DB_NAME"
mv -f -- "$OUT_SQL.tmp" "$OUT_SQL"
grep -m1 '^-- Dumped by pg_dump version' "$OUT_SQL" | sed 's/^/regen: /'

# ---------------------------------------------------------------------------
# domains.json keys must equal the set of tables (r, p) in schema public
# ---------------------------------------------------------------------------
TABLES_TXT="$TMP_DIR/tables.txt"
"${PSQL[@]}" -d "$DB_NAME" -A -t -c "
    SELECT c.relname
      FROM pg_catalog.pg_class c
      JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
     ORDER BY 1" > "$TABLES_TXT"

DOMAINS='ref users organizations events ticketing sponsorship campaigns payments analytics messaging ml public'

if command -v python3 >/dev/null 2>&1; then
    python3 - "$TABLES_TXT" "$DOMAINS_JSON" "$DOMAINS" <<'PY'
import json, sys
tables_file, domains_file, allowed = sys.argv[1], sys.argv[2], set(sys.argv[3].split())
tables = {l.strip() for l in open(tables_file) if l.strip()}
with open(domains_file) as fh:
    mapping = json.load(fh)
keys = set(mapping)
ok = True
for t in sorted(tables - keys):
    print(f"regen: table missing from domains.json: {t}", file=sys.stderr); ok = False
for k in sorted(keys - tables):
    print(f"regen: domains.json key is not a table in public: {k}", file=sys.stderr); ok = False
for k, v in sorted(mapping.items()):
    if v not in allowed:
        print(f"regen: domains.json: {k}: unknown domain {v!r}", file=sys.stderr); ok = False
if not ok:
    sys.exit(1)
print(f"regen: domains.json OK ({len(keys)} tables, {len(set(mapping.values()))} domains)")
PY
elif command -v jq >/dev/null 2>&1; then
    KEYS_TXT="$TMP_DIR/keys.txt"
    jq -r 'keys[]' "$DOMAINS_JSON" | LC_ALL=C sort > "$KEYS_TXT"
    LC_ALL=C sort -o "$TABLES_TXT" "$TABLES_TXT"
    if ! diff_out="$(diff "$TABLES_TXT" "$KEYS_TXT")"; then
        echo "regen: domains.json keys differ from tables in public ('<' table only, '>' key only):" >&2
        echo "$diff_out" | grep '^[<>]' >&2
        exit 1
    fi
    bad="$(jq -r --arg d "$DOMAINS" '($d | split(" ")) as $ok | to_entries[] | select(.value as $v | $ok | index($v) | not) | "\(.key): \(.value)"' "$DOMAINS_JSON")"
    if [[ -n "$bad" ]]; then
        echo "regen: unknown domains in domains.json:" >&2; echo "$bad" >&2; exit 1
    fi
    echo "regen: domains.json OK ($(wc -l < "$KEYS_TXT") tables)"
else
    echo "regen: need python3 or jq to check domains.json" >&2
    exit 1
fi

# ---------------------------------------------------------------------------
# Summary
# ---------------------------------------------------------------------------
"${PSQL[@]}" -d "$DB_NAME" -A -t -F ': ' <<'SQL'
SELECT 'tables (incl. partitions)', count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
UNION ALL SELECT 'partitioned tables', count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = 'public' AND c.relkind = 'p'
UNION ALL SELECT 'partitions', count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = 'public' AND c.relispartition AND c.relkind IN ('r', 'p')
UNION ALL SELECT 'foreign keys', count(*) FROM pg_constraint k JOIN pg_namespace n ON n.oid = k.connamespace
 WHERE n.nspname = 'public' AND k.contype = 'f' AND k.conparentid = 0
UNION ALL SELECT 'views', count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = 'public' AND c.relkind = 'v'
UNION ALL SELECT 'materialized views', count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = 'public' AND c.relkind = 'm'
UNION ALL SELECT 'functions', count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
 WHERE n.nspname = 'public'
UNION ALL SELECT 'triggers', count(*) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
 JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND NOT t.tgisinternal
UNION ALL SELECT 'policies', count(*) FROM pg_policies WHERE schemaname = 'public'
UNION ALL SELECT 'RLS-enabled tables', count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = 'public' AND c.relrowsecurity
UNION ALL SELECT 'enum types', count(*) FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
 WHERE n.nspname = 'public' AND t.typtype = 'e'
UNION ALL SELECT 'indexes', count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = 'public' AND c.relkind IN ('i', 'I') AND NOT c.relispartition
UNION ALL SELECT 'sequences', count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
 WHERE n.nspname = 'public' AND c.relkind = 'S';
SQL
echo "regen: done"
