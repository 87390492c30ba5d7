#!/usr/bin/env bash
# Events from the author's prose, against a careful reader's labels.
#
# Imports ../shared/dev-corpus/roundups-2023-2024 with the packaged service (a fresh database, the blog's section
# kinds), then bench/events/compare_prose.py reads every served event with its mentions and compares them with
# ../shared/dev-corpus/events-2023-2024.json: recall (labelled events served), date accuracy (of those, the share on
# the labelled first day) and precision (served events in the labelled window that are a labelled event under a
# fitting name), with the misses, the wrong dates and the false events listed.
# Goals (on the hidden years; exit 1 when missed here): recall >= 80 %, date >= 90 %, precision >= 90 %.
#
# With --against JAR (a quarkus-run.jar of another build, e.g. main's) the same run is made with it first, as the
# baseline beside this build's figures.
#
# Usage: bench/events-prose.sh [--no-build] [--jar PATH] [--against JAR] [--port N] [--db NAME]
# Needs java, python3, psql, curl; PostgreSQL on 127.0.0.1:5432 with trust auth for postgres. Says so and stops when
# ../shared is missing (a user's clone has none).

set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
source bench/lib/common.sh

JAR=$ROOT/target/quarkus-app/quarkus-run.jar
PORT=18802
DB=roundup_ep_events
AGAINST=""
CORPUS=$ROOT/../shared/dev-corpus/roundups-2023-2024
LABELS=$ROOT/../shared/dev-corpus/events-2023-2024.json
WORK=/tmp/roundup-events-prose
READY_TIMEOUT=300

while (($#)); do
    case $1 in
        --no-build) BUILD=0 ;;
        --jar) JAR=${2:?}; BUILD=0; shift ;;
        --against) AGAINST=${2:?}; shift ;;
        --port) PORT=${2:?}; shift ;;
        --db) DB=${2:?}; shift ;;
        -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
    shift
done
[[ $DB =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "--db must be a plain database name" >&2; exit 2; }
if [[ ! -d $CORPUS || ! -f $LABELS ]]; then
    echo "../shared/dev-corpus is missing ($CORPUS, $LABELS): it lives beside the project, not in it; nothing measured"
    exit 0
fi
export MP_JWT_VERIFY_PUBLICKEY_LOCATION=${MP_JWT_VERIFY_PUBLICKEY_LOCATION:-$(bash bench/throwaway-key.sh)}
build_unless_told_not
mkdir -p "$WORK"

SERVICE_PID=""
trap stop_service EXIT

# measure NAME JAR: a fresh database, the corpus imported at start-up by JAR, the comparison printed
measure() {
    local name=$1 jar=$2
    fresh_database
    log "$name: importing $CORPUS with $jar"
    JAR=$jar start_service "$WORK/$name.log" "$CORPUS" \
        ROUNDUP_SECTIONS_KINDS_WIND='wind*,what-is-*-doing*' ROUNDUP_SECTIONS_KINDS_FINALLY='finally*'
    psql -h 127.0.0.1 -U postgres -d "$DB" -X -q -A -t -c "select '$name: files imported ' || imported || ', failed '
        || failed || ' of ' || files_seen from import_run where status = 'finished' order by id desc limit 1"
    python3 bench/events/compare_prose.py --api "http://127.0.0.1:$PORT" --labels "$LABELS" --label "$name: " \
        2>"$WORK/$name.figures.json"
    stop_service
}

if [[ -n $AGAINST ]]; then
    measure baseline "$AGAINST"
fi
measure this "$JAR"
python3 - "$WORK/this.figures.json" <<'PY'
import json, sys
f = json.load(open(sys.argv[1]))
ok = f["recall"] >= 0.8 and f["date"] >= 0.9 and f["precision"] >= 0.9
print("goals (recall >= 80 %, date >= 90 %, precision >= 90 %):", "met" if ok else "MISSED")
sys.exit(0 if ok else 1)
PY
