#!/usr/bin/env bash
# Fidelity of the events lists: how many lines of the newsletter issues' "Upcoming Events" lists the service serves
# as events with their start date and a URL the line gives (the event's, a talk's or the group's).
#
# It recreates a database, starts the packaged service on it with ROUNDUP_IMPORT_DIR pointed at the issues, waits
# for the start-up import, and runs bench/fidelity/event_lines.py: an independent count of the list lines (a line
# scanner written from FORMAT.md that shares no code with the importer), each checked against /api/v1/events.
# Also prints the import report's warnings about list lines (misspelt months, lines without a date).
#
# Corpora: ../shared/dev-corpus/other-formats (skipped with a note when ../shared is missing) and the project's own
# fixtures (src/test/resources/fixtures/event-lists). Goal (exit 1 when missed): >= 95 % of the newsletter's lines
# with a URL.
#
# Usage: bench/event-lists-fidelity.sh [--no-build] [--port N] [--db NAME]
# Needs java, python3, psql, curl; PostgreSQL on 127.0.0.1:5432 with trust auth for postgres.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
source bench/lib/common.sh
export MP_JWT_VERIFY_PUBLICKEY_LOCATION=${MP_JWT_VERIFY_PUBLICKEY_LOCATION:-$(bash bench/throwaway-key.sh)}

PORT=18792
DB=roundup_el_lists
SHARED=$ROOT/../shared
WORK=$(mktemp -d /tmp/roundup-event-lists.XXXX)
while (($#)); do
    case $1 in
        --no-build) BUILD=0 ;;
        --port) PORT=${2:?}; shift ;;
        --db) DB=${2:?}; shift ;;
        -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
    shift
done
[[ $DB =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "--db must be a plain database name" >&2; exit 2; }
build_unless_told_not

SERVICE_PID=""
trap 'stop_service; rm -rf "$WORK"' EXIT

MISSED=0
run_corpus() {
    local name=$1 dir=$2 goal=$3
    [[ -d $dir ]] || { log "skipping $name: $dir is missing (it lives beside the project, in ../shared)"; return 0; }
    log "$name: importing $dir into $DB"
    fresh_database
    start_service "$WORK/$name.log" "$dir" || exit 1
    echo "$name ($dir):"
    psql -h 127.0.0.1 -U postgres -d "$DB" -X -q -A -t -c "select '    report: ' || (f->>'file') || ': ' || w
        from import_run, jsonb_array_elements(report::jsonb) f, jsonb_array_elements_text(f->'warnings') w
        where w like '%events list%'"
    python3 bench/fidelity/event_lines.py --api "http://127.0.0.1:$PORT" --goal "$goal" "$dir" || MISSED=1
    stop_service
}

run_corpus newsletter "$SHARED/dev-corpus/other-formats" 95
# the fixtures hold a line without a date on purpose: it is reported, never served
run_corpus fixtures "$ROOT/src/test/resources/fixtures/event-lists" 0
exit "$MISSED"
