#!/usr/bin/env bash
# Soak: mixed traffic (lists, details, links, tags, search, feeds) at 64 connections with wrk on
# loopback for 5 minutes, against the service with the demo content plus 500 synthetic roundups.
# Prints req/s, latency percentiles, socket errors, non-2xx/3xx answers, and the service's resident
# memory after warm-up and at the end. Exits 1 on any socket error or non-2xx/304 answer, or when the
# resident memory grew by more than 15 % after warm-up.
#
# The JVM gets a fixed, pre-touched 512 MiB heap (SOAK_JAVA_OPTS overrides it), as a container would through
# MaxRAMPercentage: a JVM otherwise grows its heap lazily towards a quarter of the machine, which is not a
# leak. A leak inside the heap shows in the live heap after a full GC, which is measured too.
#
# Usage: bench/soak.sh [--no-build] [--duration 300] [--connections 64]
set -euo pipefail
export MP_JWT_VERIFY_PUBLICKEY_LOCATION=${MP_JWT_VERIFY_PUBLICKEY_LOCATION:-$(bash "$(dirname "${BASH_SOURCE[0]}")/throwaway-key.sh")}
cd "$(dirname "$0")/.."

DURATION=300
CONNECTIONS=64
BUILD=1
PORT=18094
DB=roundup_bench_soak
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) BUILD=0 ;;
    --duration) DURATION=${2:?}; shift ;;
    --connections) CONNECTIONS=${2:?}; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

# shellcheck source=bench/lib/common.sh
. bench/lib/common.sh
ensure_wrk
build_unless_told_not

WORK=$(mktemp -d /tmp/roundup-soak.XXXX)
SERVICE_PID=
cleanup() { [ -n "$SERVICE_PID" ] && kill "$SERVICE_PID" 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

python3 bench/generate_roundups.py --count 500 --seed 42 --out "$WORK/corpus" >&2
psql -qh 127.0.0.1 -U postgres -c "drop database if exists $DB" -c "create database $DB owner roundup"
QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB QUARKUS_HTTP_PORT=$PORT \
  ROUNDUP_IMPORT_DIR="$WORK/corpus" ROUNDUP_DEMO_ENABLED=true \
  java ${SOAK_JAVA_OPTS:--Xms512m -Xmx512m -XX:+AlwaysPreTouch} -jar target/quarkus-app/quarkus-run.jar > "$WORK/service.log" 2>&1 &
SERVICE_PID=$!
for _ in $(seq 1 600); do curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null || { tail -20 "$WORK/service.log" >&2; exit 1; }

BASE="http://127.0.0.1:$PORT"
SLUG=$(curl -fs "$BASE/api/v1/posts?size=1&fields=slug" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["slug"])')
# The mix: every route that answers 200 on this content; a route that is not there yet is left out.
PATHS=()
for path in "/api/v1/posts?size=20" "/api/v1/posts/$SLUG" "/api/v1/posts?tag=kafka&size=10" \
    "/api/v1/posts/$SLUG/links" "/api/v1/links?size=20" "/api/v1/links?tag=kafka" "/api/v1/tags" \
    "/api/v1/sections" "/api/v1/domains" "/api/v1/search?q=kafka+streams" "/api/v1/search?q=%22event+sourcing%22" \
    "/api/v1/search/suggest?q=kaf" "/api/v1/events" "/feeds/posts.rss" "/feeds/posts.atom" "/feeds/posts.json" \
    "/events.ics"; do
  if [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE$path")" = 200 ]; then PATHS+=("$path"); fi
done
log "mix of ${#PATHS[@]} routes: ${PATHS[*]}"
{
  echo "local paths = {"
  for path in "${PATHS[@]}"; do printf '  "%s",\n' "$path"; done
  echo "}"
  cat <<'LUA'
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end
LUA
} > "$WORK/mix.lua"

rss() { awk '/^VmRSS:/ { print int($2 / 1024) }' "/proc/$SERVICE_PID/status"; }
# live heap in MiB: used after a full GC
live_heap() {
  jcmd "$SERVICE_PID" GC.run >/dev/null
  jcmd "$SERVICE_PID" GC.heap_info | awk '/total/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub("K,?", "", v); print int(v / 1024); exit } }'
}
log "warm-up: 30 s"
wrk -t2 -c"$CONNECTIONS" -d30s -s "$WORK/mix.lua" "$BASE" >/dev/null
rss_start=$(rss)
heap_start=$(live_heap)
log "soak: ${DURATION} s at $CONNECTIONS connections (RSS after warm-up: $rss_start MiB)"
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --timeout 10s --latency -s "$WORK/mix.lua" "$BASE" > "$WORK/wrk.txt"
rss_end=$(rss)
heap_end=$(live_heap)
cat "$WORK/wrk.txt"
errors=$(awk '/Socket errors/ { gsub(",", ""); print $4 + $6 + $8 + $10; found = 1 } END { if (!found) print 0 }' "$WORK/wrk.txt")
bad=$(awk '/Non-2xx or 3xx/ { print $NF; found = 1 } END { if (!found) print 0 }' "$WORK/wrk.txt")
echo "routes in the mix: ${#PATHS[@]}"
echo "socket errors: $errors; non-2xx/3xx answers: $bad"
echo "resident memory: $rss_start MiB after warm-up, $rss_end MiB at the end"
echo "live heap after a full GC: $heap_start MiB after warm-up, $heap_end MiB at the end"
status=0
[ "$errors" = 0 ] || { echo "FAILED: socket errors"; status=1; }
[ "$bad" = 0 ] || { echo "FAILED: non-2xx/3xx answers"; status=1; }
if awk -v a="$rss_start" -v b="$rss_end" 'BEGIN { exit !(b > a * 1.15) }'; then
  echo "FAILED: resident memory grew by more than 15 % after warm-up"; status=1
fi
if awk -v a="$heap_start" -v b="$heap_end" 'BEGIN { exit !(b > a * 1.15 + 16) }'; then
  echo "FAILED: the live heap grew by more than 15 % (+16 MiB) after warm-up"; status=1
fi
[ "$status" = 0 ] && echo "OK: no errors, memory flat"
exit "$status"
