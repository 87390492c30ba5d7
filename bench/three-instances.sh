#!/usr/bin/env bash
# Three instances of the packaged service on one database, behind nginx round robin, on loopback:
#  1. a change made through one instance (a post's title, by the editorial API) is served by all three within one
#     second, although each had the post and the list cached (they hear it through PostgreSQL's NOTIFY);
#  2. no request through nginx fails while one instance is stopped (SIGTERM: it drains, then exits) and started
#     again: nginx passes a refused connection or a 503 to the next instance.
# Prints the figures; exits non-zero when either fails. CI runs it after the tests (about a minute).
#
# Usage: bench/three-instances.sh [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."

PORTS=(18101 18102 18103)
PROXY_PORT=18100
DB=roundup_three_instances
BUILD=1
[ "${1:-}" = "--no-build" ] && BUILD=0

# shellcheck source=bench/lib/common.sh
. bench/lib/common.sh
ensure_nginx_and_wrk
build_unless_told_not

WORK=$(mktemp -d /tmp/roundup-three-instances.XXXX)
declare -A PIDS=()
NGINX_PID=
cleanup() {
  for pid in "${PIDS[@]}" $NGINX_PID; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
trap 'echo "FAIL: line $LINENO: $BASH_COMMAND" >&2' ERR

psql -qXh 127.0.0.1 -U postgres -c "drop database if exists $DB with (force)" -c "create database $DB owner roundup"
PGOPTIONS='--client-min-messages=warning' psql -qXh 127.0.0.1 -U postgres -d "$DB" \
  -c "create extension if not exists pg_trgm" -c "create extension if not exists unaccent"
# production refuses the dev key: a throwaway key pair, and an editor token signed with it
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$WORK/private.pem" 2>/dev/null
openssl pkey -in "$WORK/private.pem" -pubout -out "$WORK/public.pem"
TOKEN=$(bin/mint-token --key "$WORK/private.pem" --role editor)

start() { # port, demo import on or off
  QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB QUARKUS_HTTP_PORT=$1 \
    ROUNDUP_DEMO_ENABLED=$2 MP_JWT_VERIFY_PUBLICKEY_LOCATION="file:$WORK/public.pem" \
    java -Xmx256m -jar target/quarkus-app/quarkus-run.jar >> "$WORK/service-$1.log" 2>&1 &
  PIDS[$1]=$!
}
ready() {
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$1/q/health/ready" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  tail -30 "$WORK/service-$1.log" >&2
  return 1
}
start_nginx() {
  mkdir -p "$WORK/nginx"
  cat > "$WORK/nginx/nginx.conf" <<EOF
worker_processes 1;
user root;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path $WORK/nginx/body; proxy_temp_path $WORK/nginx/proxy;
  fastcgi_temp_path $WORK/nginx/fastcgi; uwsgi_temp_path $WORK/nginx/uwsgi; scgi_temp_path $WORK/nginx/scgi;
  upstream roundup {
    server 127.0.0.1:${PORTS[0]} max_fails=1 fail_timeout=2s;
    server 127.0.0.1:${PORTS[1]} max_fails=1 fail_timeout=2s;
    server 127.0.0.1:${PORTS[2]} max_fails=1 fail_timeout=2s;
    keepalive 16;
  }
  server {
    listen 127.0.0.1:$PROXY_PORT;
    location / {
      proxy_pass http://roundup;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_connect_timeout 1s;
      proxy_next_upstream error timeout http_502 http_503;
      proxy_next_upstream_tries 3;
    }
  }
}
EOF
  nginx -p "$WORK/nginx" -c "$WORK/nginx/nginx.conf" -g 'daemon off;' &
  NGINX_PID=$!
  for _ in $(seq 1 50); do curl -fs "http://127.0.0.1:$PROXY_PORT/q/health/ready" >/dev/null 2>&1 && return; sleep 0.1; done
  cat "$WORK/nginx/error.log" >&2
  return 1
}

log "starting instance ${PORTS[0]} (imports the demo content)"
start "${PORTS[0]}" true
ready "${PORTS[0]}"
log "starting instances ${PORTS[1]} and ${PORTS[2]} on the same database"
start "${PORTS[1]}" false
start "${PORTS[2]}" false
ready "${PORTS[1]}"
ready "${PORTS[2]}"
start_nginx

# --- 1. a change through one instance, served by all three --------------------------------------------------
api() { echo "http://127.0.0.1:$1/api/v1"; }
SLUG=$(curl -fs "$(api "${PORTS[0]}")/posts?size=1&fields=slug" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["slug"])')
for port in "${PORTS[@]}"; do # each instance has the post and the list cached
  curl -fs -o /dev/null "$(api "$port")/posts/$SLUG?fields=title"
  curl -fs -o /dev/null "$(api "$port")/posts?size=1&fields=title"
done

NEW="Changed through one of three $(date +%s%N)"
ETAG=$(curl -fsI "$(api "${PORTS[0]}")/posts/$SLUG" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag"{print $2}')
log "changing the title of $SLUG through instance ${PORTS[0]}"
curl -sS -f -o /dev/null -X PATCH "$(api "${PORTS[0]}")/posts/$SLUG" -H "Authorization: Bearer $TOKEN" \
  -H "If-Match: $ETAG" -H 'Content-Type: application/merge-patch+json' -d "{\"title\": \"$NEW\"}"
START=$(date +%s%N)
serves_new_title() { # the post and the list, as this instance serves them now
  curl -fs "$(api "$1")/posts/$SLUG?fields=title" | grep -qF "\"$NEW\"" \
    && curl -fs "$(api "$1")/posts?size=1&fields=title" | grep -qF "\"$NEW\""
}
# each instance is watched by a poller of its own, so that one slow answer does not delay another's figure
POLLERS=()
for port in "${PORTS[@]}"; do
  (
    while [ $(( ($(date +%s%N) - START) / 1000000 )) -lt 5000 ]; do
      if serves_new_title "$port"; then
        echo $(( ($(date +%s%N) - START) / 1000000 )) > "$WORK/seen-$port"
        exit 0
      fi
      sleep 0.01
    done
  ) &
  POLLERS+=($!)
done
wait "${POLLERS[@]}"
for port in "${PORTS[@]}"; do
  [ -f "$WORK/seen-$port" ] || { echo "FAIL: instance $port still serves the old title after 5 s" >&2; exit 1; }
  SEEN_MS=$(cat "$WORK/seen-$port")
  printf 'instance %s served the new title (detail and list) %d ms after the write was answered\n' "$port" "$SEEN_MS"
  [ "$SEEN_MS" -lt 1000 ] || { echo "FAIL: instance $port took a second or more" >&2; exit 1; }
done

# --- 2. one instance stopped and started again while requests flow through nginx ---------------------------
cat > "$WORK/paths.lua" <<EOF
local paths = { "/api/v1/posts?size=5", "/api/v1/posts/$SLUG", "/api/v1/tags?size=10", "/api/v1/search?q=kafka",
                "/api/v1/links?size=10", "/feeds/posts.rss" }
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
EOF
log "requests through nginx for 25 s; instance ${PORTS[2]} is stopped and started again meanwhile"
wrk -t2 -c8 -d25s -s "$WORK/paths.lua" "http://127.0.0.1:$PROXY_PORT" > "$WORK/wrk.txt" 2>&1 &
WRK_PID=$!
sleep 4
kill -TERM "${PIDS[${PORTS[2]}]}"
wait "${PIDS[${PORTS[2]}]}" 2>/dev/null || true
log "instance ${PORTS[2]} stopped; starting it again"
sleep 2
start "${PORTS[2]}" false
ready "${PORTS[2]}"
log "instance ${PORTS[2]} ready again"
wait "$WRK_PID"

REQUESTS=$(awk '/requests in/ {print $1}' "$WORK/wrk.txt")
FAILED=$(awk '/Non-2xx or 3xx responses/ {print $5}' "$WORK/wrk.txt")
SOCKET_ERRORS=$(awk -F'[ ,]+' '/Socket errors/ {print $4+$6+$8+$10}' "$WORK/wrk.txt")
printf 'through nginx during the restart: %s requests, %s non-2xx, %s socket errors\n' \
  "$REQUESTS" "${FAILED:-0}" "${SOCKET_ERRORS:-0}"
if [ "${FAILED:-0}" != 0 ] || [ "${SOCKET_ERRORS:-0}" != 0 ] || [ -z "$REQUESTS" ]; then
  cat "$WORK/wrk.txt" >&2
  echo "FAIL: requests failed while one instance restarted" >&2
  exit 1
fi
echo "OK: three instances stay coherent, and a restart of one costs no request"
