#!/usr/bin/env bash
# Events list speed: 15,000 synthetic events (bench/events/synthetic-events.sql: 670 weekly issues whose events lists
# mention them, places, modes, groups and talks as the lists have them), then filtered /api/v1/events pages at one
# connection, every request different (no cache answers), beside the bare SQL of the same queries in the same run
# (bench/events/events_bench.py). Goal: HTTP p99 under 5 ms (exit 1 when missed).
#
# Usage: bench/events-bench.sh [--no-build] [--requests N] [--port N] [--db NAME] [--explain]
# Needs java, python3, psql, curl; PostgreSQL on 127.0.0.1:5432 with trust auth for postgres.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
source bench/lib/common.sh
export MP_JWT_VERIFY_PUBLICKEY_LOCATION=${MP_JWT_VERIFY_PUBLICKEY_LOCATION:-$(bash bench/throwaway-key.sh)}

PORT=18793
DB=roundup_el_speed
REQUESTS=3000
EXPLAIN=0
while (($#)); do
    case $1 in
        --no-build) BUILD=0 ;;
        --requests) REQUESTS=${2:?}; shift ;;
        --port) PORT=${2:?}; shift ;;
        --db) DB=${2:?}; shift ;;
        --explain) EXPLAIN=1 ;;
        -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
    shift
done
[[ $DB =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "--db must be a plain database name" >&2; exit 2; }
build_unless_told_not

WORK=$(mktemp -d /tmp/roundup-events-bench.XXXX)
SERVICE_PID=""
trap 'stop_service; rm -rf "$WORK"' EXIT

fresh_database
log "starting the service on $DB (it migrates the schema)"
start_service "$WORK/service.log" "" || exit 1

log "loading the synthetic events"
PGPASSWORD=roundup psql -h 127.0.0.1 -U roundup -d "$DB" -X -q -v ON_ERROR_STOP=1 -f bench/events/synthetic-events.sql
# what autovacuum does soon after an import: statistics, and the visibility map that index-only scans read
PGPASSWORD=roundup psql -h 127.0.0.1 -U roundup -d "$DB" -X -q -c "vacuum (analyze) event, event_mention, post"
PGPASSWORD=roundup psql -h 127.0.0.1 -U roundup -d "$DB" -X -q -A -t -c "select count(*) || ' events, '
    || (select count(*) from event_mention) || ' mentions, ' || count(*) filter (where published_from <= now())
    || ' public' from event"
if ((EXPLAIN)); then
    PGPASSWORD=roundup psql -h 127.0.0.1 -U roundup -d "$DB" -X -c "explain analyze select count(*) from event e
        where e.published_from <= now() and coalesce(e.ends_on, e.starts_on) >= '2020-01-01'
        and (lower(e.country) = 'de' or e.country_code = 'DE')"
fi
python3 bench/events/events_bench.py --api "http://127.0.0.1:$PORT" --db "$DB" --requests "$REQUESTS"
