#!/usr/bin/env bash
# Two instances of the packaged service on one database, on loopback: a change made behind the back of
# both (a post's title updated with psql, which fires the change-log trigger and its NOTIFY) must be served
# by the second instance within one second, although it had the post cached. Prints the time it took.
# Exits non-zero when it takes a second or more. Runs in well under a minute (CI runs it after the tests).
#
# Usage: bench/two-instances.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."

PORT_A=18101
PORT_B=18102
DB=roundup_two_instances
BUILD=1
[ "${1:-}" = "--no-build" ] && BUILD=0

# shellcheck source=bench/lib/common.sh
. bench/lib/common.sh
build_unless_told_not

WORK=$(mktemp -d /tmp/roundup-two-instances.XXXX)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

psql -qh 127.0.0.1 -U postgres -c "drop database if exists $DB" -c "create database $DB owner roundup"
psql -qh 127.0.0.1 -U postgres -d "$DB" -c "create extension if not exists pg_trgm" -c "create extension if not exists unaccent"
# production refuses the dev key: a throwaway key pair (no token is minted here)
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/private.pem" 2>/dev/null
openssl pkey -in "$WORK/private.pem" -pubout -out "$WORK/public.pem"

start() { # port, demo import on or off
  QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB QUARKUS_HTTP_PORT=$1 \
    ROUNDUP_DEMO_ENABLED=$2 MP_JWT_VERIFY_PUBLICKEY_LOCATION="file:$WORK/public.pem" \
    java -Xmx256m -jar target/quarkus-app/quarkus-run.jar > "$WORK/service-$1.log" 2>&1 &
  PIDS+=($!)
}
ready() {
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$1/q/health/ready" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  tail -30 "$WORK/service-$1.log" >&2
  return 1
}

log "starting instance A (imports the demo content)"
start $PORT_A true
ready $PORT_A
log "starting instance B on the same database"
start $PORT_B false
ready $PORT_B

A="http://127.0.0.1:$PORT_A/api/v1"
B="http://127.0.0.1:$PORT_B/api/v1"
SLUG=$(curl -fs "$A/posts?size=1&fields=slug" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["slug"])')
title_of() { curl -fs "$1/posts/$SLUG?fields=title" | python3 -c 'import json,sys; print(json.load(sys.stdin)["title"])'; }
list_title_of() { curl -fs "$1/posts?size=1&fields=title" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["title"])'; }

# both instances have the post and the list cached now
title_of "$A" >/dev/null; title_of "$B" >/dev/null; list_title_of "$B" >/dev/null
NEW="Changed behind their backs $(date +%s%N)"
log "changing the title of $SLUG with psql"
START=$(date +%s%N)
psql -qh 127.0.0.1 -U postgres -d "$DB" -c "update post set title = '$NEW' where slug = '$SLUG'"
while :; do
  NOW=$(date +%s%N)
  ELAPSED_MS=$(( (NOW - START) / 1000000 ))
  if [ "$(title_of "$B")" = "$NEW" ] && [ "$(list_title_of "$B")" = "$NEW" ]; then
    break
  fi
  if [ "$ELAPSED_MS" -ge 1000 ]; then
    echo "FAIL: instance B still serves the old title after ${ELAPSED_MS} ms" >&2
    exit 1
  fi
  sleep 0.01
done
[ "$(title_of "$A")" = "$NEW" ] || { echo "FAIL: instance A serves the old title" >&2; exit 1; }
printf 'instance B served the new title (detail and list) %d ms after the change was committed\n' "$ELAPSED_MS"
