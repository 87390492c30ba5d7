#!/usr/bin/env bash
# Injection: sqlmap (Debian's package) at every query parameter of the list and search endpoints,
# level 2, risk 1, against the service with the demo content. Prints one line per parameter and
# exits 1 when sqlmap reports any parameter as injectable.
#
# Usage: bench/sqlmap.sh [--no-build] [--level N] [--risk N]
set -euo pipefail
export MP_JWT_VERIFY_PUBLICKEY_LOCATION=${MP_JWT_VERIFY_PUBLICKEY_LOCATION:-$(bash "$(dirname "${BASH_SOURCE[0]}")/throwaway-key.sh")}
cd "$(dirname "$0")/.."

LEVEL=2
RISK=1
BUILD=1
PORT=18095
DB=roundup_bench_sqlmap
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) BUILD=0 ;;
    --level) LEVEL=${2:?}; shift ;;
    --risk) RISK=${2:?}; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

# shellcheck source=bench/lib/common.sh
. bench/lib/common.sh
command -v sqlmap >/dev/null || { log "installing sqlmap"; apt-get update -qq && apt-get install -y -qq sqlmap >/dev/null; }
build_unless_told_not

WORK=$(mktemp -d /tmp/roundup-sqlmap.XXXX)
SERVICE_PID=
cleanup() { [ -n "$SERVICE_PID" ] && kill "$SERVICE_PID" 2>/dev/null; wait 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

psql -qh 127.0.0.1 -U postgres -c "drop database if exists $DB" -c "create database $DB owner roundup"
QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB QUARKUS_HTTP_PORT=$PORT ROUNDUP_DEMO_ENABLED=true \
  java -jar target/quarkus-app/quarkus-run.jar > "$WORK/service.log" 2>&1 &
SERVICE_PID=$!
for _ in $(seq 1 240); do curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done
BASE="http://127.0.0.1:$PORT"

# Every GET route without path parameters, with every query parameter the OpenAPI document lists.
curl -fs "$BASE/q/openapi?format=json" > "$WORK/openapi.json"
python3 - "$WORK/openapi.json" > "$WORK/targets.txt" <<'PY'
import json, sys
spec = json.load(open(sys.argv[1]))
samples = {"q": "kafka", "tag": "kafka", "sort": "-date", "page": "1", "size": "5", "from": "2026-01-01",
           "to": "2026-12-31", "year": "2026", "tagMode": "any", "type": "post", "interval": "month"}
for path, item in sorted(spec["paths"].items()):
    get = item.get("get")
    if not get or "{" in path:
        continue
    names = [p["name"] for p in get.get("parameters", []) if p.get("in") == "query"]
    for name in names:
        print(f"{path}?{name}={samples.get(name, 'a')}\t{name}")
PY
total=0; injectable=0
while IFS=$'\t' read -r target parameter; do
  total=$((total + 1))
  out="$WORK/out-$total"
  sqlmap -u "$BASE$target" -p "$parameter" --batch --level "$LEVEL" --risk "$RISK" --dbms=PostgreSQL \
    --threads 4 --time-sec 2 --flush-session --output-dir "$out" > "$out.log" 2>&1 || true
  if grep -qiE "is vulnerable|appears to be .*injectable|sqlmap identified the following injection" "$out.log"; then
    injectable=$((injectable + 1)); echo "INJECTABLE: $target ($parameter)"
  else
    echo "clean: $target ($parameter)"
  fi
done < "$WORK/targets.txt"
echo "sqlmap level $LEVEL risk $RISK: $total parameters tested, $injectable injectable"
[ "$injectable" = 0 ]
