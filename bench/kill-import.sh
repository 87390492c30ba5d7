#!/usr/bin/env bash
# Atomic imports: SIGKILL the service in the middle of a large import, start it again on the same
# database and corpus, and compare what is stored with a clean import of the same corpus:
#   - every post whole: its sections and link items all there (a per-post fingerprint of sections,
#     link item titles and URLs equals the clean import's),
#   - no duplicates, and the same counts of posts, sections and link items.
# Prints the figures; exits 1 when the two differ.
# A first import of 200 files or more is one bulk transaction (ROUNDUP_IMPORT_BULK_FROM): the kill then comes
# when a third of the link items are inserted but not committed (the table's heap has grown to a third of
# the clean import's), and nothing of it may be left. Run it with ROUNDUP_IMPORT_BULK_FROM=0 for the post-by-post path.
#
# Usage: bench/kill-import.sh [--no-build] [--posts N]     (default 3000 posts)
set -euo pipefail
export MP_JWT_VERIFY_PUBLICKEY_LOCATION=${MP_JWT_VERIFY_PUBLICKEY_LOCATION:-$(bash "$(dirname "${BASH_SOURCE[0]}")/throwaway-key.sh")}
cd "$(dirname "$0")/.."

POSTS=3000
BUILD=1
PORT=18093
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) BUILD=0 ;;
    --posts) POSTS=${2:?}; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

# shellcheck source=bench/lib/common.sh
. bench/lib/common.sh
build_unless_told_not

WORK=$(mktemp -d /tmp/roundup-kill-import.XXXX)
SERVICE_PID=
cleanup() { [ -n "$SERVICE_PID" ] && kill -9 "$SERVICE_PID" 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

q() { psql -qAtX -h 127.0.0.1 -U postgres -d "$1" -c "$2"; }
fresh_db() { psql -qX -h 127.0.0.1 -U postgres -c "drop database if exists $1" -c "create database $1 owner roundup"; }

start() {  # start DB: the service importing the corpus into DB
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$1" QUARKUS_HTTP_PORT=$PORT \
    ROUNDUP_IMPORT_DIR="$WORK/corpus" ROUNDUP_DEMO_ENABLED=false \
    java -jar target/quarkus-app/quarkus-run.jar >> "$WORK/service-$1.log" 2>&1 &
  SERVICE_PID=$!
}

wait_ready() {
  for _ in $(seq 1 1200); do
    curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  tail -20 "$WORK"/service-*.log >&2; return 1
}

stop() { kill "$SERVICE_PID"; wait "$SERVICE_PID" 2>/dev/null || true; SERVICE_PID=; }

# One line per post: its slug, its sections and its link items, hashed; then the totals.
fingerprint() {
  q "$1" "select md5(string_agg(line, E'\n' order by line)) from (
            select p.slug || ':' || (select count(*) from section s where s.post_id = p.id) || ':'
                || coalesce((select string_agg(l.post_position || l.title || l.url, '|' order by l.post_position)
                             from link_item l where l.post_id = p.id), '') as line
            from post p) posts"
}
totals() {
  q "$1" "select (select count(*) from post) || ' posts, ' || (select count(*) from section) || ' sections, '
              || (select count(*) from link_item) || ' link items, '
              || (select count(*) - count(distinct slug) from post) || ' duplicate slugs'"
}

log "generating $POSTS posts"
python3 bench/generate_roundups.py --count "$POSTS" --seed 7 --out "$WORK/corpus" >&2

log "clean import"
fresh_db roundup_bench_clean
start roundup_bench_clean; wait_ready; stop

log "import killed with SIGKILL part-way"
fresh_db roundup_bench_killed
start roundup_bench_killed
target=$((POSTS / 3))
# the link items' heap file, in bytes: it grows with rows not committed yet too, and is read without the
# table's lock, which a bulk load holds until it commits
heap() { q "$1" "select coalesce(sum((pg_stat_file(pg_relation_filepath(oid))).size), 0) from pg_class
                 where relname = 'link_item' and relkind = 'r'" 2>/dev/null || echo 0; }
heap_target=$(($(heap roundup_bench_clean) / 3))
for _ in $(seq 1 2400); do
  [ "$(heap roundup_bench_killed)" -ge "$heap_target" ] && break
  stored=$(q roundup_bench_killed "set lock_timeout = 100; select count(*) from post" 2>/dev/null || echo 0)
  [ "${stored:-0}" -ge "$target" ] && break
  sleep 0.05
done
kill -9 "$SERVICE_PID"; wait "$SERVICE_PID" 2>/dev/null || true; SERVICE_PID=
killed_at=$(q roundup_bench_killed "select count(*) from post")
inserted_at=$(heap roundup_bench_killed)
partial=$(q roundup_bench_killed "select count(*) from post p where (select count(*) from link_item l where l.post_id = p.id) = 0 and p.roundup")
log "killed with $killed_at posts stored ($inserted_at bytes of link items written), $partial roundups among them without link items"

log "restart and import again"
start roundup_bench_killed; wait_ready; stop

clean_totals=$(totals roundup_bench_clean); killed_totals=$(totals roundup_bench_killed)
clean_print=$(fingerprint roundup_bench_clean); killed_print=$(fingerprint roundup_bench_killed)
echo "killed after:   $killed_at of $POSTS posts stored, $inserted_at bytes of link items written ($partial roundups without link items at that moment)"
echo "clean import:   $clean_totals, fingerprint $clean_print"
echo "after restart:  $killed_totals, fingerprint $killed_print"
if [ "$clean_totals" = "$killed_totals" ] && [ "$clean_print" = "$killed_print" ] && [ "$partial" = 0 ]; then
  echo "OK: every post whole, no duplicates, the same content as a clean import"
else
  echo "FAILED: the import after the kill differs from a clean one"; exit 1
fi
