#!/usr/bin/env bash
# Search benchmark: a large synthetic corpus (generate_roundups.py with a long tail of rare words) imported
# into its own database, then a fixed mix of search queries (common words, two words, a middling word, a
# rare word, a phrase, a typo answered by "did you mean", filtered, tag-filtered, date-sorted, facets off)
# with wrk at 1 and at 16 connections, next to pgbench running exactly the same SQL (written by
# dev.roundup.search.SearchSql, one script per query) as the bare-database baseline.
# Prints p50, p95, p99 and req/s for both, and the ratio of the p99s. The service runs as it ships (search
# results cached with refresh-ahead, whole answers kept for a few seconds), then once more with both caches off,
# so that the engine's own figures are printed beside them.
# Exits non-zero when p99 at 16 connections is above 15 ms or above twice the bare SQL's p99.
#
# Usage: bench/search-bench.sh [--posts N] [--links-per-post N] [--duration S] [--no-build] [--reuse]
#   --posts N            posts in the corpus (default 100000; with 10 links each that is ~1,000,000 link items)
#   --links-per-post N   average link items per post (default 10)
#   --duration S         seconds per measurement (default 20)
#   --no-build           use target/quarkus-app as it is
#   --reuse              keep the database of a previous run with the same size (skips the import)
#   --port N             HTTP port of the service under test (default 18193)
set -euo pipefail
export MP_JWT_VERIFY_PUBLICKEY_LOCATION=${MP_JWT_VERIFY_PUBLICKEY_LOCATION:-$(bash "$(dirname "${BASH_SOURCE[0]}")/throwaway-key.sh")}
cd "$(dirname "$0")/.."

POSTS=100000
LINKS=10
RARE=30000
SEED=7
DURATION=20
PORT=18193
BUILD=1
REUSE=0
while [ $# -gt 0 ]; do
  case "$1" in
    --posts) POSTS=${2:?}; shift ;;
    --links-per-post) LINKS=${2:?}; shift ;;
    --duration) DURATION=${2:?}; shift ;;
    --no-build) BUILD=0 ;;
    --reuse) REUSE=1 ;;
    --port) PORT=${2:?}; shift ;;
    -h|--help) sed -n '2,18p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
[[ $POSTS =~ ^[0-9]+$ && $LINKS =~ ^[0-9]+$ && $DURATION =~ ^[0-9]+$ ]] || { echo "numbers only" >&2; exit 2; }

DB=roundup_bench_search_${POSTS}
WORK=/tmp/roundup-search-bench
CORPUS=$WORK/corpus-$POSTS-$LINKS-$SEED
PSQL=(psql -X -qAt -v ON_ERROR_STOP=1 -h 127.0.0.1)
# shellcheck source=bench/lib/common.sh
. bench/lib/common.sh
ensure_wrk
command -v pgbench >/dev/null || { echo "pgbench is missing (postgresql-client)" >&2; exit 2; }
if [ "$BUILD" = 1 ] || [ ! -f target/quarkus-app/quarkus-run.jar ]; then
  log "building the service"
  ./mvnw -B -q -DskipTests -Dopenapi.check.skip package
fi
mkdir -p "$WORK"

SERVICE_PID=
cleanup() { [ -n "$SERVICE_PID" ] && kill "$SERVICE_PID" 2>/dev/null; wait 2>/dev/null || true; }
trap cleanup EXIT

# The packaged service refuses to start without a public key for editor tokens (SigningKeyCheck): the
# benchmark writes nothing, so a throwaway key of its own will do.
if [ -z "${MP_JWT_VERIFY_PUBLICKEY_LOCATION:-}" ]; then
  [ -f "$WORK/jwt-public.pem" ] || openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 2>/dev/null \
    | openssl pkey -pubout -out "$WORK/jwt-public.pem"
  export MP_JWT_VERIFY_PUBLICKEY_LOCATION=file:$WORK/jwt-public.pem
fi

start_service() { # $1: import directory, or empty; further arguments: NAME=VALUE settings for the service
  local dir=$1; shift
  env QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB QUARKUS_HTTP_PORT=$PORT \
    ROUNDUP_IMPORT_DIR="$dir" ROUNDUP_DEMO_ENABLED=false QUARKUS_LOG_LEVEL=WARN "$@" \
    java ${BENCH_JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar > "$WORK/service.log" 2>&1 &
  SERVICE_PID=$!
  for _ in $(seq 1 14400); do
    curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && return 0
    kill -0 "$SERVICE_PID" 2>/dev/null || break
    sleep 1
  done
  tail -30 "$WORK/service.log" >&2
  exit 1
}

if [ "$REUSE" = 1 ] && [ "$("${PSQL[@]}" -U postgres -c "select 1 from pg_database where datname = '$DB'")" = 1 ]; then
  log "reusing database $DB"
  start_service ""
else
  if [ ! -f "$CORPUS/.done" ]; then
    log "generating $POSTS posts with ~$LINKS link items each into $CORPUS"
    rm -rf "$CORPUS"
    python3 bench/generate_roundups.py --count "$POSTS" --links-per-post "$LINKS" --rare-words "$RARE" \
      --seed "$SEED" --out "$CORPUS" >&2
    touch "$CORPUS/.done"
  fi
  "${PSQL[@]}" -U postgres -c "drop database if exists $DB" -c "create database $DB owner roundup"
  "${PSQL[@]}" -U postgres -d "$DB" -c "create extension if not exists pg_trgm" -c "create extension if not exists unaccent"
  log "importing (the service is ready when the import has finished)"
  started=$(date +%s)
  start_service "$CORPUS"
  log "imported in $(( $(date +%s) - started )) s"
  "${PSQL[@]}" -U postgres -d "$DB" -c "vacuum analyze"
fi
# The generator posts weekly from 2010, so most of a large corpus would lie in the future and never match:
# squeeze every date into 2000-01-01 .. yesterday, keeping their order (idempotent).
if [ "$("${PSQL[@]}" -U roundup -d "$DB" -c "select count(*) > 0 from post where published_at > now()")" = t ]; then
  log "moving the posts' dates into the past"
  "${PSQL[@]}" -U roundup -d "$DB" -c "update post set published_at = timestamptz '2000-01-01'
      + (published_at - m.lo) * (extract(epoch from now() - interval '1 day' - timestamptz '2000-01-01')
      / greatest(extract(epoch from m.hi - m.lo), 1))
    from (select min(published_at) as lo, max(published_at) as hi from post) m"
  "${PSQL[@]}" -U postgres -d "$DB" -c "vacuum analyze"
fi
BASE="http://127.0.0.1:$PORT"
read -r posts links < <("${PSQL[@]}" -U roundup -d "$DB" -F ' ' -c "select (select count(*) from post), (select count(*) from link_item)")
published=$("${PSQL[@]}" -U roundup -d "$DB" -c "select count(*) from post where not draft and published_at <= now()")
log "corpus: $posts posts ($published published), $links link items"

# The query mix. Words come from the generator's vocabulary by frequency rank (rank 0 is the most common
# content word); the typo is a middling word with two letters swapped, so it takes the did-you-mean path.
read -r COMMON1 COMMON2 MIDDLE RARE_WORD TYPO TYPO_FIX < <(python3 - "$RARE" <<'PY'
import sys
sys.path.insert(0, "bench")
import generate_roundups as g
_, content = g.build_vocabulary(int(sys.argv[1]))
words = [w.lower() for w in content if w.isalpha()]
middle = next(w for w in words[300:] if len(w) >= 7)
typo = middle[:3] + middle[4] + middle[3] + middle[5:]
print(words[2], words[3], words[301], words[-200], typo, middle)
PY
)
TAG=kafka
cat > "$WORK/mix.txt" <<MIX
q=$COMMON1
q=$COMMON1%20$COMMON2
q=$MIDDLE
q=$RARE_WORD
q=%22$COMMON1%20$COMMON2%22
q=$TYPO&typo=$TYPO_FIX
q=$COMMON2&type=link&from=2015-01-01&to=2015-12-31
q=$MIDDLE&tag=$TAG
q=$COMMON1&sort=date
q=$COMMON2&facets=false
MIX
log "query mix (one after the other, round robin):"; sed 's/^/    /' "$WORK/mix.txt" >&2

# The baseline: the same SQL per query, as pgbench scripts.
rm -rf "$WORK/sql"
java -cp "target/quarkus-app/app/*:target/quarkus-app/lib/main/*" dev.roundup.search.SearchSql "$WORK/sql" < "$WORK/mix.txt"

# wrk: round robin over the mix; prints "requests req/s p50 p95 p99 non2xx" (milliseconds).
{
  echo 'local paths = {'
  sed -E 's/&typo=[^&]*//; s#^#  "/api/v1/search?#; s#$#",#' "$WORK/mix.txt"
  cat <<'LUA'
}
local i = 0
request = function()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
done = function(summary, latency, requests)
  local bad = summary.errors.status
  io.write(string.format("RESULT %d %.1f %.2f %.2f %.2f %d\n", summary.requests,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, bad))
end
LUA
} > "$WORK/mix.lua"

for url in $(sed -E 's/&typo=[^&]*//; s#^#/api/v1/search?#' "$WORK/mix.txt"); do
  status=$(curl -s -o "$WORK/last.json" -w '%{http_code}' "$BASE$url")
  total=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["meta"]["total"], d.get("didYouMean") or "")' "$WORK/last.json" 2>/dev/null || echo "?")
  log "  $status total=$total  $url"
done

http() { # $1 connections, $2 threads
  wrk -t"$2" -c"$1" -d5s -s "$WORK/mix.lua" "$BASE" >/dev/null 2>&1
  wrk -t"$2" -c"$1" -d"${DURATION}s" -s "$WORK/mix.lua" "$BASE" | awk '/^RESULT/ { print $2, $3, $4, $5, $6, $7 }'
}
bare() { # $1 clients, $2 threads; prints "transactions tps p50 p95 p99 failed" from pgbench's per-transaction log
  local args=() dir="$WORK/pgbench-$1"
  for f in "$WORK"/sql/*.sql; do args+=(-f "$f"); done
  rm -rf "$dir"; mkdir -p "$dir"
  pgbench -h 127.0.0.1 -U roundup -n -c"$1" -j"$2" -T5 "${args[@]}" "$DB" >/dev/null 2>&1
  (cd "$dir" && pgbench -h 127.0.0.1 -U roundup -n -c"$1" -j"$2" -T"$DURATION" -l --log-prefix=tx "${args[@]}" "$DB" \
    > summary.txt 2>&1)
  cat "$dir"/tx* | python3 -c '
import sys
lat = sorted(int(line.split()[2]) / 1000 for line in sys.stdin if line.strip())
n = len(lat); duration = float(sys.argv[1])
pct = lambda p: lat[min(n - 1, int(p / 100 * n))]
print(n, f"{n / duration:.1f}", f"{pct(50):.2f}", f"{pct(95):.2f}", f"{pct(99):.2f}", 0)' "$DURATION"
}

log "measuring: ${DURATION}s per run after a 5 s warm-up"
read -r h1_n h1_rps h1_p50 h1_p95 h1_p99 h1_bad < <(http 1 1)
read -r h16_n h16_rps h16_p50 h16_p95 h16_p99 h16_bad < <(http 16 2)
# The engine alone: the same mix with both search caches off (every request runs the SQL), for the record; the
# targets are about the service as it ships.
log "restarting the service with the search caches off"
kill "$SERVICE_PID"; wait "$SERVICE_PID" 2>/dev/null || true
start_service "" QUARKUS_CACHE_CAFFEINE__SEARCH_RESULTS__EXPIRE_AFTER_WRITE=0S ROUNDUP_SEARCH_ANSWERS_KEPT_FOR=0s
read -r u1_n u1_rps u1_p50 u1_p95 u1_p99 u1_bad < <(http 1 1)
read -r u16_n u16_rps u16_p50 u16_p95 u16_p99 u16_bad < <(http 16 2)
read -r b1_n b1_rps b1_p50 b1_p95 b1_p99 _ < <(bare 1 1)
read -r b16_n b16_rps b16_p50 b16_p95 b16_p99 _ < <(bare 16 2)

printf '\nSearch benchmark: %s posts (%s published), %s link items, %s queries in the mix, %ss per run\n' "$posts" "$published" "$links" \
  "$(wc -l < "$WORK/mix.txt")" "$DURATION"
printf '%-32s %10s %9s %9s %9s %9s\n' run requests "req/s" "p50 ms" "p95 ms" "p99 ms"
printf '%-32s %10s %9s %9s %9s %9s\n' "HTTP /api/v1/search, 1 conn" "$h1_n" "$h1_rps" "$h1_p50" "$h1_p95" "$h1_p99"
printf '%-32s %10s %9s %9s %9s %9s\n' "HTTP /api/v1/search, 16 conns" "$h16_n" "$h16_rps" "$h16_p50" "$h16_p95" "$h16_p99"
printf '%-32s %10s %9s %9s %9s %9s\n' "HTTP, caches off, 1 conn" "$u1_n" "$u1_rps" "$u1_p50" "$u1_p95" "$u1_p99"
printf '%-32s %10s %9s %9s %9s %9s\n' "HTTP, caches off, 16 conns" "$u16_n" "$u16_rps" "$u16_p50" "$u16_p95" "$u16_p99"
printf '%-32s %10s %9s %9s %9s %9s\n' "pgbench same SQL, 1 client" "$b1_n" "$b1_rps" "$b1_p50" "$b1_p95" "$b1_p99"
printf '%-32s %10s %9s %9s %9s %9s\n' "pgbench same SQL, 16 clients" "$b16_n" "$b16_rps" "$b16_p50" "$b16_p95" "$b16_p99"
[ "${h1_bad:-0}" = 0 ] && [ "${h16_bad:-0}" = 0 ] || echo "WARNING: non-2xx responses: $h1_bad at 1, $h16_bad at 16"
[ "${u1_bad:-0}" = 0 ] && [ "${u16_bad:-0}" = 0 ] || echo "WARNING: non-2xx responses, caches off: $u1_bad at 1, $u16_bad at 16"
python3 - "$h1_p99" "$b1_p99" "$h16_p99" "$b16_p99" "$u1_p99" "$u16_p99" <<'PY'
import sys
h1, b1, h16, b16, u1, u16 = (float(x) for x in sys.argv[1:])
print(f"ratio HTTP p99 / bare SQL p99: {h1 / b1:.2f} at 1 connection, {h16 / b16:.2f} at 16;"
      f" caches off: {u1 / b1:.2f} and {u16 / b16:.2f}")
ok = h16 <= 15 and h16 <= 2 * b16
print(("OK" if ok else "TARGET MISSED") + f": p99 at 16 connections {h16:.2f} ms (targets: <= 15 ms and <= 2 x {b16:.2f} ms)")
sys.exit(0 if ok else 1)
PY
