#!/usr/bin/env bash
# Search benchmark with queries that never repeat: a synthetic corpus (generate_roundups.py with a long tail of
# rare words) imported into its own database, then QUERIES distinct queries of 1 to 3 words drawn from the
# corpus's vocabulary by frequency (some phrases, typos answered by "did you mean", type, tag and date-sorted
# ones), sent by wrk at 1 and at 16 connections without ever sending one twice. Beside them, in the same run,
# pgbench runs exactly the SQL the service runs for 100 of those queries (dev.roundup.search.SearchSql): the
# bare database, the baseline. The service runs as it ships (its search caches on: they answer nothing here,
# every query being new) and once more with them off. Prints p50, p95, p99 and req/s, and the ratios to the
# bare SQL. Goals (issue 19): p99 <= 10 ms at 1 connection and >= 1,000 req/s at 16 on a blog of ~3,000 link
# items; p99 <= 10 ms at 50,000 link items and <= 100 ms at 1,000,000 at 1 connection.
#
# Usage: bench/search-bench.sh [--posts N] [--links-per-post N] [--queries N] [--duration S] [--no-build] [--reuse]
#   --posts N            posts in the corpus (default 100000; with 10 links each that is ~1,000,000 link items)
#   --links-per-post N   average link items per post (default 10)
#   --queries N          distinct queries generated (default 100000; a run must not use them all up)
#   --duration S         seconds per measurement (default 20)
#   --no-build           use target/quarkus-app as it is
#   --reuse              keep the database of a previous run with the same size (skips the import)
#   --port N             HTTP port of the service under test (default 18193)
set -euo pipefail
export MP_JWT_VERIFY_PUBLICKEY_LOCATION=${MP_JWT_VERIFY_PUBLICKEY_LOCATION:-$(bash "$(dirname "${BASH_SOURCE[0]}")/throwaway-key.sh")}
cd "$(dirname "$0")/.."

POSTS=100000
QUERIES=100000
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
    --queries) QUERIES=${2:?}; shift ;;
    --duration) DURATION=${2:?}; shift ;;
    --no-build) BUILD=0 ;;
    --reuse) REUSE=1 ;;
    --port) PORT=${2:?}; shift ;;
    -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
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

# Distinct queries, as users type them: a long tail that no cache answers. QUERIES lines of 1 to 3 words
# drawn from the generator's vocabulary by frequency (common words often, rare ones now and then), some with
# a filter, a phrase, a date sort or a typo; no line repeats, and wrk never sends one twice in a run.
python3 - "$RARE" "$QUERIES" > "$WORK/queries.txt" <<'PY'
import random, sys
sys.path.insert(0, "bench")
import generate_roundups as g
_, content = g.build_vocabulary(int(sys.argv[1]))
words = [w.lower() for w in content if w.isalpha() and len(w) >= 3]
rng = random.Random(19)
def word():
    # ranks skewed towards the common words, with a long tail
    return words[min(int(rng.paretovariate(0.7)) - 1, len(words) - 1)]
seen = set()
while len(seen) < int(sys.argv[2]):
    terms = [word() for _ in range(rng.choice((1, 1, 2, 2, 3)))]
    q = "%20".join(terms)
    roll = rng.random()
    if roll < 0.05 and len(terms) > 1:
        q = "%22" + q + "%22"
    elif roll < 0.10:
        w = terms[0]
        if len(w) > 5:
            q = w[:2] + w[3] + w[2] + w[4:]
    line = "q=" + q
    roll = rng.random()
    if roll < 0.10:
        line += "&type=link"
    elif roll < 0.15:
        line += "&tag=kafka"
    elif roll < 0.20:
        line += "&sort=date"
    if line not in seen:
        seen.add(line)
        print(line)
PY
log "$(wc -l < "$WORK/queries.txt") distinct queries, for example:"; sed -n '1,8p' "$WORK/queries.txt" | sed 's/^/    /' >&2

# The baseline: pgbench running exactly the SQL the service runs, for the first 100 of those queries (pgbench
# takes at most 128 scripts; PostgreSQL keeps no results, so repeating them costs what new ones cost).
rm -rf "$WORK/sql"
head -100 "$WORK/queries.txt" | java -cp "target/quarkus-app/app/*:target/quarkus-app/lib/main/*" dev.roundup.search.SearchSql "$WORK/sql"

# wrk: each thread walks its own share of the list (thread k takes lines k, k + threads, ...), so no request
# repeats; prints "requests req/s p50 p95 p99 non2xx" (milliseconds).
cat > "$WORK/distinct.lua" <<LUA
local paths = {}
for line in io.lines("$WORK/queries.txt") do paths[#paths + 1] = "/api/v1/search?" .. line end
local threads = {}
local counter = 0
setup = function(thread)
  counter = counter + 1
  thread:set("id", counter)
  table.insert(threads, thread)
end
local step, i
init = function(args)
  step = THREADS
  i = id
end
request = function()
  local path = paths[i]
  i = i + step
  if i > #paths then
    print("WARNING: the list of distinct queries ran out; queries repeat from here")
    i = id
  end
  return wrk.format("GET", path)
end
done = function(summary, latency, requests)
  local bad = summary.errors.status
  io.write(string.format("RESULT %d %.1f %.2f %.2f %.2f %d\n", summary.requests,
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, bad))
end
LUA

for url in $(sed -n '1,5p' "$WORK/queries.txt" | sed -E 's#^#/api/v1/search?#'); do
  status=$(curl -s -o "$WORK/last.json" -w '%{http_code}' "$BASE$url")
  total=$(python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(d["meta"]["total"], d.get("didYouMean") or "")' "$WORK/last.json" 2>/dev/null || echo "?")
  log "  $status total=$total  $url"
done

http() { # $1 connections, $2 threads; the warm-up walks the list from its end, so the run's queries are new
  tac "$WORK/queries.txt" > "$WORK/warmup.txt"
  sed "s#$WORK/queries.txt#$WORK/warmup.txt#; s/THREADS/$2/" "$WORK/distinct.lua" > "$WORK/warmup.lua"
  sed "s/THREADS/$2/" "$WORK/distinct.lua" > "$WORK/run.lua"
  wrk -t"$2" -c"$1" -d5s -s "$WORK/warmup.lua" "$BASE" >/dev/null 2>&1
  wrk -t"$2" -c"$1" -d"${DURATION}s" -s "$WORK/run.lua" "$BASE" | awk '/^RESULT/ { print $2, $3, $4, $5, $6, $7 } /^WARNING/'
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
# The same with both search caches off: with distinct queries it should make no difference, and says so.
log "restarting the service with the search caches off"
kill "$SERVICE_PID"; wait "$SERVICE_PID" 2>/dev/null || true
start_service "" QUARKUS_CACHE_CAFFEINE__SEARCH_RESULTS__EXPIRE_AFTER_WRITE=0S ROUNDUP_SEARCH_ANSWERS_KEPT_FOR=0s
read -r u1_n u1_rps u1_p50 u1_p95 u1_p99 u1_bad < <(http 1 1)
read -r u16_n u16_rps u16_p50 u16_p95 u16_p99 u16_bad < <(http 16 2)
read -r b1_n b1_rps b1_p50 b1_p95 b1_p99 _ < <(bare 1 1)
read -r b16_n b16_rps b16_p50 b16_p95 b16_p99 _ < <(bare 16 2)

printf '\nSearch benchmark, distinct queries (none repeats): %s posts (%s published), %s link items, %ss per run\n' \
  "$posts" "$published" "$links" "$DURATION"
printf '%-32s %10s %9s %9s %9s %9s\n' run requests "req/s" "p50 ms" "p95 ms" "p99 ms"
printf '%-32s %10s %9s %9s %9s %9s\n' "HTTP as shipped, 1 conn" "$h1_n" "$h1_rps" "$h1_p50" "$h1_p95" "$h1_p99"
printf '%-32s %10s %9s %9s %9s %9s\n' "HTTP as shipped, 16 conns" "$h16_n" "$h16_rps" "$h16_p50" "$h16_p95" "$h16_p99"
printf '%-32s %10s %9s %9s %9s %9s\n' "HTTP, caches off, 1 conn" "$u1_n" "$u1_rps" "$u1_p50" "$u1_p95" "$u1_p99"
printf '%-32s %10s %9s %9s %9s %9s\n' "HTTP, caches off, 16 conns" "$u16_n" "$u16_rps" "$u16_p50" "$u16_p95" "$u16_p99"
printf '%-32s %10s %9s %9s %9s %9s\n' "pgbench same SQL, 1 client" "$b1_n" "$b1_rps" "$b1_p50" "$b1_p95" "$b1_p99"
printf '%-32s %10s %9s %9s %9s %9s\n' "pgbench same SQL, 16 clients" "$b16_n" "$b16_rps" "$b16_p50" "$b16_p95" "$b16_p99"
[ "${h1_bad:-0}" = 0 ] && [ "${h16_bad:-0}" = 0 ] || echo "WARNING: non-2xx responses: $h1_bad at 1, $h16_bad at 16"
[ "${u1_bad:-0}" = 0 ] && [ "${u16_bad:-0}" = 0 ] || echo "WARNING: non-2xx responses, caches off: $u1_bad at 1, $u16_bad at 16"
python3 - "$h1_p99" "$b1_p99" "$h16_p99" "$b16_p99" "$u1_p99" "$u16_p99" "$h16_rps" "$links" <<'PY'
import sys
h1, b1, h16, b16, u1, u16, rps16, links = (float(x) for x in sys.argv[1:])
print(f"ratio HTTP p99 / bare SQL p99: {h1 / b1:.2f} at 1 connection, {h16 / b16:.2f} at 16;"
      f" caches off: {u1 / b1:.2f} and {u16 / b16:.2f}")
goal = 10 if links <= 50_000 else 100
print(("goal met" if h1 <= goal else "GOAL MISSED") + f": p99 at 1 connection {h1:.2f} ms (goal at {links:,.0f} link items:"
      f" <= {goal} ms); {rps16:.0f} req/s at 16 connections")
PY
