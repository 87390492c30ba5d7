#!/usr/bin/env bash
# The service against nginx: wrk on a cached list endpoint (/api/v1/posts?size=20, served from the application
# cache after the first request) and on nginx (Debian's package) serving the identical response bytes as a static
# file, with the same headers where they make sense (Content-Type, ETag, Cache-Control, Vary, X-Total-Count,
# Link), on loopback, in the same run and with the same wrk settings. Prints req/s and p99 of each and the ratio
# service / nginx of the req/s. Exits non-zero when the ratio is below 0.6 (the goal), or when the bytes differ.
#
# The content is the read benchmark's: 500 synthetic real-size roundups imported into a database of its own.
# nginx runs from its own minimal nginx.conf in a temporary directory (never the system's), one worker per core,
# access log off as the service's is.
#
# Usage: bench/nginx-ratio.sh [--no-build] [--posts N] [--duration S] [--warmup S] [--connections C]
set -euo pipefail
export MP_JWT_VERIFY_PUBLICKEY_LOCATION=${MP_JWT_VERIFY_PUBLICKEY_LOCATION:-$(bash "$(dirname "${BASH_SOURCE[0]}")/throwaway-key.sh")}
cd "$(dirname "$0")/.."

POSTS=500
DURATION=15
WARMUP=20
CONNECTIONS=16
PORT=18096
NGINX_PORT=18097
DB=roundup_bench_nginx
BUILD=1
GOAL=0.6
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) BUILD=0 ;;
    --posts) POSTS=${2:?}; shift ;;
    --duration) DURATION=${2:?}; shift ;;
    --connections) CONNECTIONS=${2:?}; shift ;;
    --warmup) WARMUP=${2:?}; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

# shellcheck source=bench/lib/common.sh
. bench/lib/common.sh
ensure_wrk
command -v nginx >/dev/null || { log "installing nginx"; apt-get update -qq && apt-get install -y -qq nginx >/dev/null; }
build_unless_told_not

WORK=$(mktemp -d /tmp/roundup-nginx-ratio.XXXX)
SERVICE_PID=
NGINX_PID=
cleanup() {
  [ -n "$NGINX_PID" ] && kill "$NGINX_PID" 2>/dev/null
  [ -n "$SERVICE_PID" ] && kill "$SERVICE_PID" 2>/dev/null
  wait 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT
# shellcheck source=bench/lib/corpus-service.sh
. bench/lib/corpus-service.sh

start_corpus_service

PATH_QUERY="/api/v1/posts?size=20"
SERVICE_URL="http://127.0.0.1:$PORT$PATH_QUERY"
NGINX_URL="http://127.0.0.1:$NGINX_PORT$PATH_QUERY"

# The static copy: the exact body bytes (no Accept-Encoding, as wrk sends none) and the headers worth repeating.
SITE="$WORK/nginx"
mkdir -p "$SITE/temp"
curl -fs -D "$SITE/headers" -o "$SITE/posts.json" "$SERVICE_URL"
header() { awk -v name="$1" 'index(tolower($0), tolower(name) ":") == 1 {
  sub(/^[^:]*:[ \t]*/, ""); sub(/\r$/, ""); print; exit }' "$SITE/headers"; }
# nginx.conf quoting: a header value goes between single quotes, so any in it are escaped
quoted() { printf "'%s'" "$(printf '%s' "$1" | sed "s/'/\\\\'/g")"; }
ADD_HEADERS=""
for name in ETag Cache-Control Vary X-Total-Count Link; do
  value=$(header "$name")
  [ -n "$value" ] && ADD_HEADERS+="            add_header $name $(quoted "$value") always;"$'\n'
done
CONTENT_TYPE=$(header Content-Type)
# nginx's workers may run as nobody: the copy must be readable by anyone
chmod 755 "$WORK" "$SITE"
chmod 644 "$SITE/posts.json"

cat > "$SITE/nginx.conf" <<CONF
worker_processes auto;
daemon off;
pid $SITE/nginx.pid;
error_log $SITE/error.log warn;
events {
    worker_connections 1024;
}
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    server_tokens off;
    client_body_temp_path $SITE/temp/body;
    proxy_temp_path $SITE/temp/proxy;
    fastcgi_temp_path $SITE/temp/fastcgi;
    uwsgi_temp_path $SITE/temp/uwsgi;
    scgi_temp_path $SITE/temp/scgi;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        # the service's strong ETag, not nginx's own (made of mtime and size)
        etag off;
        location = /api/v1/posts {
            types { }
            default_type '$CONTENT_TYPE';
            alias $SITE/posts.json;
$ADD_HEADERS        }
    }
}
CONF

log "starting nginx on 127.0.0.1:$NGINX_PORT with $SITE/nginx.conf"
nginx -p "$SITE" -e "$SITE/error.log" -c "$SITE/nginx.conf" &
NGINX_PID=$!
for _ in $(seq 1 50); do
  curl -fs -o /dev/null "$NGINX_URL" 2>/dev/null && break
  sleep 0.1
done
curl -fs -o "$SITE/from-nginx.json" -D "$SITE/nginx-headers" "$NGINX_URL" || { cat "$SITE/error.log" >&2; exit 1; }
curl -fs -o "$SITE/from-service.json" "$SERVICE_URL"
if ! cmp -s "$SITE/from-nginx.json" "$SITE/from-service.json"; then
  echo "FAILED: nginx and the service do not send the same bytes for $PATH_QUERY" >&2
  exit 1
fi
log "both send the same $(wc -c < "$SITE/posts.json") bytes; nginx's headers:"
sed 's/\r$//' "$SITE/nginx-headers" | grep -iE '^(content-type|etag|cache-control|vary|x-total-count|link):' >&2 || true

# measure (bench/lib) warms each URL up this long first: the JIT's warm-up, for the service
WARMUP_EACH=$WARMUP

log "measuring (wrk -t2 -c$CONNECTIONS, ${DURATION}s each, after a ${WARMUP} s warm-up)"
read -r svc_rps svc_p50 svc_p99 svc_bad < <(measure "$SERVICE_URL")
read -r ngx_rps ngx_p50 ngx_p99 ngx_bad < <(measure "$NGINX_URL")

# the list must have come from the response cache (common/http/ResponseCache): its hits and misses since start
cache_gets() { curl -fs "http://127.0.0.1:$PORT/q/metrics" | awk -v result="$1" '
  /^roundup_response_cache_total\{/ && index($0, "result=\"" result "\"") { sum += $NF } END { printf "%.0f", sum }'; }
hits=$(cache_gets hit)
misses=$(cache_gets miss)

printf '\n%-42s %9s %8s %8s %8s\n' target "req/s" "p50 ms" "p99 ms" "non-2xx"
printf '%-42s %9s %8s %8s %8s\n' "service $PATH_QUERY (cached)" "$svc_rps" "$svc_p50" "$svc_p99" "$svc_bad"
printf '%-42s %9s %8s %8s %8s\n' "nginx, the same bytes as a static file" "$ngx_rps" "$ngx_p50" "$ngx_p99" "$ngx_bad"
echo "response cache since start: $hits hits, $misses misses"
ratio=$(awk -v s="$svc_rps" -v n="$ngx_rps" 'BEGIN { printf "%.2f", (n > 0 ? s / n : 0) }')
echo "ratio service / nginx (req/s): $ratio (goal: at least $GOAL)"
if [ "$svc_bad" != 0 ] || [ "$ngx_bad" != 0 ]; then
  echo "FAILED: non-2xx answers during the run"
  exit 1
fi
if awk -v r="$ratio" -v g="$GOAL" 'BEGIN { exit !(r < g) }'; then
  echo "BELOW GOAL: the service serves $ratio of nginx's requests per second"
  exit 1
fi
echo "OK: the service serves $ratio of nginx's requests per second"
