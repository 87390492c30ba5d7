#!/usr/bin/env bash
# End-to-end benchmark of the roundup importer.
#
# For a small corpus (500 posts) and a large one (5000, or --large N) of
# synthetic roundups made by generate_roundups.py, it
#   1. recreates the database roundup_bench and starts the service on it,
#   2. waits for /q/health/ready, reads the newest import_run row and the
#      java process's peak RSS (VmHWM), and stops the service,
#   3. times a baseline: the same post and link_item rows, exported with
#      \copy and loaded with \copy into index-free scratch copies of the tables,
#   4. starts the service again on the same database and corpus (a re-import:
#      every file must come back "unchanged") and reads that run too;
#   5. with --compare, imports the corpus once more into a new database post by
#      post (ROUNDUP_IMPORT_BULK_FROM=0), for the bulk first import's speed-up
#      measured in the same run.
# With --shape newsletter it does the same for one corpus of issues in the other
# newsletter's shape (default 700 issues of ~71 link items: ~50,000), and prints
# the goals of that shape: import at most 3 times its baseline, re-import < 2 s.
# It prints one table row per corpus to stdout; progress goes to stderr.
#
# Exit status is non-zero when the small import takes more than 3 s of import
# time (import_run.duration_ms), when any file failed, when the re-import was
# not all-unchanged, or when the service did not come up.
#
# Usage: bench/import-bench.sh [--no-build] [--large N] [options]   (see --help)

set -euo pipefail
export MP_JWT_VERIFY_PUBLICKEY_LOCATION=${MP_JWT_VERIFY_PUBLICKEY_LOCATION:-$(bash "$(dirname "${BASH_SOURCE[0]}")/throwaway-key.sh")}

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
GENERATOR="$ROOT/bench/generate_roundups.py"
JAR="$ROOT/target/quarkus-app/quarkus-run.jar"

SMALL=500
LARGE=5000
BUILD=1
PORT=18089
SEED=42
LINKS=""                    # empty: the generator's default (real-size posts)
WORK=/tmp/roundup-bench
DB=roundup_bench
READY_TIMEOUT=900           # seconds to wait for /q/health/ready, per start
STOP_TIMEOUT=30             # seconds to wait for a clean shutdown before SIGKILL
PSQL_TIMEOUT=900            # seconds any single psql call may take
SMALL_LIMIT_MS=3000         # target: 500 real-size roundups in under 3 s
LARGE_TARGET_MS=120000      # target: 50,000 roundups in under 2 minutes (reported)
KEEP=0
COMPARE=0
SHAPE=blog                  # or newsletter: generate_roundups.py --shape
NEWSLETTER_RATIO_GOAL=3     # newsletter shape: import time at most 3 x its \copy baseline
NEWSLETTER_REIMPORT_GOAL_MS=2000
# the service's setting, passed through; --compare also runs with 0 (post by post)
BULK_FROM=${ROUNDUP_IMPORT_BULK_FROM:-200}
JAVA_BIN=${BENCH_JAVA:-java}
read -r -a JAVA_OPTS <<<"${BENCH_JAVA_OPTS:-}"

PGHOST_BENCH=127.0.0.1
PGPORT_BENCH=5432

usage() {
    cat <<EOF
Usage: bench/import-bench.sh [options]

  --no-build            do not build; fail if target/quarkus-app/quarkus-run.jar is missing
  --large N             size of the large corpus (default $LARGE; the target run is 50000)
  --small N             size of the small corpus (default $SMALL; the 3 s gate applies to it)
  --links-per-post N    average link items per post (default: the generator's, ~25)
  --seed N              generator seed (default $SEED)
  --port N              HTTP port for the service, on 127.0.0.1 (default $PORT)
  --workdir DIR         corpora, logs and CSV files (default $WORK)
  --db NAME             the database to recreate and import into (default $DB)
  --timeout S           seconds to wait for readiness per start (default $READY_TIMEOUT)
  --keep                keep the baseline CSV files
  --compare             also import each corpus post by post (no bulk first import) and print the ratio
  --shape newsletter    issues in the other newsletter's shape (Pelican header, heading tree, bare bullets,
                        events list) instead of the blog's: one corpus of --small N issues (default 700,
                        --links-per-post default 71), with the goals ratio <= 3 and re-import < 2 s
  -h, --help            this text

Environment: BENCH_JAVA (java binary, default: java on PATH),
             BENCH_JAVA_OPTS (extra JVM options, e.g. "-Xmx1g").
Needs: java, python3, psql, curl; PostgreSQL on 127.0.0.1:5432 with trust auth.
EOF
}

die() { echo "import-bench: $*" >&2; exit 2; }
log() { printf '[%(%H:%M:%S)T] %s\n' -1 "$*" >&2; }
is_uint() { [[ $1 =~ ^[0-9]+$ ]]; }

while (($#)); do
    case $1 in
        --no-build) BUILD=0 ;;
        --large) LARGE=${2:?--large needs a number}; shift ;;
        --small) SMALL=${2:?--small needs a number}; shift ;;
        --links-per-post) LINKS=${2:?--links-per-post needs a number}; shift ;;
        --seed) SEED=${2:?--seed needs a number}; shift ;;
        --port) PORT=${2:?--port needs a number}; shift ;;
        --workdir) WORK=${2:?--workdir needs a directory}; shift ;;
        --db) DB=${2:?--db needs a database name}; shift ;;
        --timeout) READY_TIMEOUT=${2:?--timeout needs seconds}; shift ;;
        --keep) KEEP=1 ;;
        --compare) COMPARE=1 ;;
        --shape) SHAPE=${2:?--shape needs blog or newsletter}; shift ;;
        -h|--help) usage; exit 0 ;;
        *) usage >&2; die "unknown option: $1" ;;
    esac
    shift
done

[[ $SHAPE == blog || $SHAPE == newsletter ]] || die "--shape must be blog or newsletter"
if [[ $SHAPE == newsletter ]]; then
    # one corpus: the goal's 700 issues unless told otherwise
    [[ $SMALL != 500 ]] || SMALL=700
    LARGE=$SMALL
    LINKS=${LINKS:-71}
fi

for n in "$SMALL" "$LARGE" "$SEED" "$PORT" "$READY_TIMEOUT"; do
    is_uint "$n" || die "not a non-negative integer: $n"
done
[[ -z $LINKS ]] || is_uint "$LINKS" || die "not a non-negative integer: $LINKS"
((SMALL > 0 && LARGE > 0)) || die "corpus sizes must be positive"
[[ $WORK == /* && $WORK != *"'"* ]] || die "--workdir must be an absolute path without quotes"
[[ $DB =~ ^[a-z_][a-z0-9_]*$ ]] || die "--db must be a plain database name"

for cmd in "$JAVA_BIN" python3 psql curl timeout awk; do
    command -v "$cmd" >/dev/null 2>&1 || die "needs $cmd on PATH"
done

export PGCONNECT_TIMEOUT=10
export PGOPTIONS="-c client_min_messages=warning"
# Superuser connection, for the role and the database.
psql_admin() {
    timeout "$PSQL_TIMEOUT" psql -h "$PGHOST_BENCH" -p "$PGPORT_BENCH" -U postgres -d postgres \
        -X -q -A -t -v ON_ERROR_STOP=1 "$@"
}
# The service's own connection to the bench database.
psql_db() {
    PGPASSWORD=roundup timeout "$PSQL_TIMEOUT" psql -h "$PGHOST_BENCH" -p "$PGPORT_BENCH" \
        -U roundup -d "$DB" -X -q -A -t -v ON_ERROR_STOP=1 "$@"
}
now_ms() { local t; t=$(date +%s%N); echo $((t / 1000000)); }
# fmt_div A B SCALE: A / B with SCALE decimals ("-" when B is 0).
fmt_div() { awk -v a="$1" -v b="$2" -v s="$3" 'BEGIN { if (b + 0 == 0) print "-"; else printf "%.*f\n", s, a / b }'; }

# ---------------------------------------------------------------------------
# The service process and cleanup.
# ---------------------------------------------------------------------------

SERVICE_PID=""
SERVICE_LOG=""

stop_service() {
    local pid=$SERVICE_PID
    [[ -n $pid ]] || return 0
    SERVICE_PID=""
    if kill -0 "$pid" 2>/dev/null; then
        kill -TERM "$pid" 2>/dev/null || true
        local deadline=$((SECONDS + STOP_TIMEOUT))
        while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do
            sleep 0.2
        done
        if kill -0 "$pid" 2>/dev/null; then
            log "service $pid did not stop in ${STOP_TIMEOUT}s; killing it"
            kill -KILL "$pid" 2>/dev/null || true
        fi
    fi
    wait "$pid" 2>/dev/null || true
}

cleanup() {
    local rc=$?
    stop_service
    if ((KEEP == 0)); then
        rm -rf "$WORK/csv"
    fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

port_is_free() {
    local rc=0
    curl -s -o /dev/null --max-time 1 "http://127.0.0.1:$PORT/" || rc=$?
    ((rc == 7))   # 7: could not connect
}

# start_service CORPUS_DIR LOG_FILE
start_service() {
    local corpus=$1
    SERVICE_LOG=$2
    port_is_free || die "something already listens on 127.0.0.1:$PORT (use --port)"
    mkdir -p "$WORK/run"
    # Run from an empty directory so that no .env or config/ of the work tree
    # changes the configuration; exec so that $! is the JVM itself.
    (
        cd "$WORK/run"
        exec env \
            QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST_BENCH:$PGPORT_BENCH/$DB" \
            QUARKUS_DATASOURCE_USERNAME=roundup \
            QUARKUS_DATASOURCE_PASSWORD=roundup \
            QUARKUS_HTTP_HOST=127.0.0.1 \
            QUARKUS_HTTP_PORT="$PORT" \
            ROUNDUP_IMPORT_DIR="$corpus" \
            ROUNDUP_DEMO_ENABLED=false \
            ROUNDUP_IMPORT_BULK_FROM="$BULK_FROM" \
            "$JAVA_BIN" ${JAVA_OPTS[@]+"${JAVA_OPTS[@]}"} -jar "$JAR"
    ) >"$SERVICE_LOG" 2>&1 </dev/null &
    SERVICE_PID=$!
}

# wait_ready: 0 once /q/health/ready answers 200; 1 if the JVM dies or on timeout.
wait_ready() {
    local deadline=$((SECONDS + READY_TIMEOUT)) code
    while :; do
        if ! kill -0 "$SERVICE_PID" 2>/dev/null; then
            log "the service exited before it was ready; last lines of $SERVICE_LOG:"
            tail -n 30 "$SERVICE_LOG" >&2 || true
            return 1
        fi
        code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 \
            "http://127.0.0.1:$PORT/q/health/ready" || true)
        [[ $code == 200 ]] && return 0
        if ((SECONDS >= deadline)); then
            log "not ready after ${READY_TIMEOUT}s (last status $code); last lines of $SERVICE_LOG:"
            tail -n 30 "$SERVICE_LOG" >&2 || true
            return 1
        fi
        sleep 0.2
    done
}

peak_rss_kib() {
    awk '/^VmHWM:/ { print $2; found = 1 } END { if (!found) print 0 }' "/proc/$SERVICE_PID/status" 2>/dev/null || echo 0
}

# ---------------------------------------------------------------------------
# Database.
# ---------------------------------------------------------------------------

ensure_role() {
    psql_admin -c "DO \$\$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'roundup') THEN
            CREATE ROLE roundup LOGIN PASSWORD 'roundup';
        END IF;
    END \$\$;"
}

recreate_db() {
    psql_admin -c "SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                   WHERE datname = '$DB' AND pid <> pg_backend_pid();" >/dev/null
    psql_admin -c "DROP DATABASE IF EXISTS $DB;"
    psql_admin -c "CREATE DATABASE $DB OWNER roundup;"
}

# newest_run MIN_RUNS: prints the newest import_run row as
#   duration_ms|files_seen|imported|updated|unchanged|failed|removed|link_items|warnings
# after checking that at least MIN_RUNS runs are recorded and the newest has finished.
newest_run() {
    local min_runs=$1 deadline=$((SECONDS + 30)) row runs
    while :; do
        runs=$(psql_db -c "SELECT count(*) FROM import_run WHERE finished_at IS NOT NULL;" 2>/dev/null || echo 0)
        if ((runs >= min_runs)); then
            row=$(psql_db -F '|' -c "
                SELECT coalesce(duration_ms, -1), coalesce(files_seen, 0), coalesce(imported, 0),
                       coalesce(updated, 0), coalesce(unchanged, 0), coalesce(failed, 0),
                       coalesce(removed, 0), coalesce(link_items, 0),
                       left(regexp_replace(coalesce(warnings::text, ''), '\s+', ' ', 'g'), 200)
                FROM import_run
                WHERE finished_at IS NOT NULL
                ORDER BY started_at DESC NULLS LAST, id DESC
                LIMIT 1;")
            echo "$row"
            return 0
        fi
        if ((SECONDS >= deadline)); then
            log "import_run holds $runs finished run(s), expected $min_runs"
            return 1
        fi
        sleep 0.5
    done
}

# columns TABLE: the table's stored (non-generated) columns, comma separated.
columns() {
    psql_db -c "SELECT string_agg(quote_ident(attname), ', ' ORDER BY attnum)
                FROM pg_attribute
                WHERE attrelid = '$1'::regclass AND attnum > 0
                  AND NOT attisdropped AND attgenerated = '';"
}

# baseline_ms: exports post and link_item to CSV, then times loading them into
# empty scratch tables shaped like the originals (columns, NOT NULL, generated
# columns) but with no indexes, keys or triggers. Prints milliseconds.
baseline_ms() {
    local csv="$WORK/csv" post_cols link_cols timing ms
    mkdir -p "$csv"
    post_cols=$(columns post)
    link_cols=$(columns link_item)
    psql_db -c "\\copy post ($post_cols) TO '$csv/post.csv' WITH (FORMAT csv)"
    psql_db -c "\\copy link_item ($link_cols) TO '$csv/link_item.csv' WITH (FORMAT csv)"
    psql_db -c "DROP TABLE IF EXISTS bench_copy_post, bench_copy_link_item;
                CREATE TABLE bench_copy_post (LIKE post INCLUDING GENERATED);
                CREATE TABLE bench_copy_link_item (LIKE link_item INCLUDING GENERATED);"
    # psql's own timer (server round trips and reading the files), summed over
    # BEGIN, both \copy commands and COMMIT: no process start-up in the figure.
    timing=$(psql_db <<SQL
\\timing on
BEGIN;
\\copy bench_copy_post ($post_cols) FROM '$csv/post.csv' WITH (FORMAT csv)
\\copy bench_copy_link_item ($link_cols) FROM '$csv/link_item.csv' WITH (FORMAT csv)
COMMIT;
SQL
)
    ms=$(awk '$1 == "Time:" { s += $2 } END { printf "%d\n", s + 0.5 }' <<<"$timing")
    psql_db -c "DROP TABLE bench_copy_post, bench_copy_link_item;"
    ((KEEP)) || rm -f "$csv/post.csv" "$csv/link_item.csv"
    echo "$ms"
}

# ---------------------------------------------------------------------------
# Corpora.
# ---------------------------------------------------------------------------

# corpus N: generates (or reuses) the corpus of N posts; sets CORPUS_DIR and
# EXPECTED_LINKS (the generator's count of link items).
corpus() {
    local n=$1
    local dir="$WORK/corpus-$SHAPE-$n" stamp="$WORK/corpus-$SHAPE-$n.params" params summary
    params="count=$n shape=$SHAPE seed=$SEED links=${LINKS:-default} generator=$(cksum <"$GENERATOR" | awk '{print $1}')"
    if [[ -d $dir && -f $stamp && $(head -n 1 "$stamp") == "$params" ]]; then
        log "reusing corpus $dir"
    else
        log "generating $n posts into $dir"
        rm -rf "$dir" "$stamp"
        local args=(--count "$n" --seed "$SEED" --out "$dir" --shape "$SHAPE")
        [[ -z $LINKS ]] || args+=(--links-per-post "$LINKS")
        summary=$(nice python3 "$GENERATOR" "${args[@]}")
        log "$summary"
        printf '%s\n%s\n' "$params" "$summary" >"$stamp"
    fi
    CORPUS_DIR=$dir
    EXPECTED_LINKS=$(sed -n 2p "$stamp" | sed -n 's/.*link_items=\([0-9]*\).*/\1/p')
}

# ---------------------------------------------------------------------------
# Main.
# ---------------------------------------------------------------------------

FAILURES=()
fail() { FAILURES+=("$*"); log "FAIL: $*"; }

mkdir -p "$WORK/logs"

if [[ ! -f $JAR ]]; then
    ((BUILD)) || die "$JAR is missing (and --no-build was given)"
    log "building the service (./mvnw -B -q -DskipTests package)"
    (cd "$ROOT" && ./mvnw -B -q -DskipTests package) || die "the build failed"
    [[ -f $JAR ]] || die "the build did not produce $JAR"
fi

psql_admin -c "SELECT 1;" >/dev/null || die "PostgreSQL is not reachable as postgres on $PGHOST_BENCH:$PGPORT_BENCH"
ensure_role

SIZES=("$SMALL")
((LARGE == SMALL)) || SIZES+=("$LARGE")
ROWS=()
declare -A RSS_MIB=()

for n in "${SIZES[@]}"; do
    corpus "$n"
    log "== $n posts: fresh import into $DB"
    recreate_db
    t0=$(now_ms)
    start_service "$CORPUS_DIR" "$WORK/logs/import-$n.log"
    wait_ready || die "the service did not become ready for the $n-post import"
    ready_ms=$(($(now_ms) - t0))
    rss_kib=$(peak_rss_kib)
    stop_service
    run=$(newest_run 1) || die "no finished import_run row after the $n-post import"
    IFS='|' read -r dur files imported updated unchanged failed removed links warnings <<<"$run"
    counts=$(psql_db -F '|' -c "SELECT (SELECT count(*) FROM post), (SELECT count(*) FROM link_item);")
    IFS='|' read -r post_rows link_rows <<<"$counts"
    log "import_run: duration_ms=$dur files_seen=$files imported=$imported updated=$updated" \
        "unchanged=$unchanged failed=$failed removed=$removed link_items=$links warnings=${warnings:-}"
    log "tables: post=$post_rows link_item=$link_rows; start-to-ready ${ready_ms} ms; peak RSS $((rss_kib / 1024)) MiB"
    # Where the time went: parse and write thread time, summed over the parser and writer threads.
    grep -o 'parsing took .*' "$WORK/logs/import-$n.log" | tail -1 | sed 's/^/time split: /' >&2 || true

    ((failed == 0)) || fail "$n posts: $failed file(s) failed to import (see $WORK/logs/import-$n.log)"
    ((imported == n)) || log "WARN: $n posts generated, $imported imported"
    [[ -z $EXPECTED_LINKS || $links == "$EXPECTED_LINKS" ]] \
        || log "WARN: the generator wrote $EXPECTED_LINKS link items, import_run counts $links"
    [[ $link_rows == "$links" ]] || log "WARN: link_item holds $link_rows rows, import_run says $links"
    ((dur >= 0)) || fail "$n posts: import_run has no duration_ms"
    if [[ $SHAPE == blog ]] && ((n == SMALL && dur > SMALL_LIMIT_MS)); then
        fail "$n posts: import took $dur ms (limit $SMALL_LIMIT_MS ms)"
    fi
    if ((n >= 50000 && dur > LARGE_TARGET_MS)); then
        log "WARN: $n posts took $dur ms; the target is under $LARGE_TARGET_MS ms for 50,000"
    fi

    log "== $n posts: baseline (\\copy of the same post and link_item rows into index-free tables)"
    base_ms=$(baseline_ms)
    log "baseline: $base_ms ms"

    log "== $n posts: re-import of the unchanged corpus"
    start_service "$CORPUS_DIR" "$WORK/logs/reimport-$n.log"
    wait_ready || die "the service did not become ready for the $n-post re-import"
    stop_service
    rerun=$(newest_run 2) || die "no second import_run row after the $n-post re-import"
    IFS='|' read -r re_dur re_files re_imported re_updated re_unchanged re_failed re_removed _ _ <<<"$rerun"
    log "re-import: duration_ms=$re_dur files_seen=$re_files imported=$re_imported updated=$re_updated" \
        "unchanged=$re_unchanged failed=$re_failed removed=$re_removed"
    if ((re_unchanged != re_files || re_imported != 0 || re_updated != 0 || re_failed != 0 || re_removed != 0)); then
        fail "$n posts: the re-import was not all unchanged ($re_unchanged of $re_files unchanged," \
            "$re_imported imported, $re_updated updated, $re_failed failed, $re_removed removed)"
    fi

    one_s="-"
    bulk_ratio="-"
    if ((COMPARE)); then
        log "== $n posts: the same import post by post (ROUNDUP_IMPORT_BULK_FROM=0) into a new $DB"
        recreate_db
        BULK_FROM=0 start_service "$CORPUS_DIR" "$WORK/logs/one-by-one-$n.log"
        wait_ready || die "the service did not become ready for the $n-post import post by post"
        stop_service
        one=$(newest_run 1) || die "no finished import_run row after the $n-post import post by post"
        IFS='|' read -r one_dur _ <<<"$one"
        log "post by post: duration_ms=$one_dur"
        one_s=$(fmt_div "$one_dur" 1000 2)
        bulk_ratio=$(fmt_div "$dur" "$one_dur" 2)
    fi

    RSS_MIB[$n]=$((rss_kib / 1024))
    ROWS+=("$(printf '%s|%s|%s|%s|%s|%s|%s|%s|%s|%s|%s' \
        "$imported" "$links" "$(fmt_div "$dur" 1000 2)" \
        "$(fmt_div "$((imported * 1000))" "$dur" 0)" "$(fmt_div "$((links * 1000))" "$dur" 0)" \
        "$((rss_kib / 1024))" "$(fmt_div "$re_dur" 1000 2)" \
        "$(fmt_div "$base_ms" 1000 2)" "$(fmt_div "$dur" "$base_ms" 1)" "$one_s" "$bulk_ratio")")
done

echo
printf '%8s %11s %9s %9s %10s %13s %11s %15s %7s %15s %10s\n' \
    posts "link items" "import s" "posts/s" "links/s" "peak RSS MiB" "re-import s" "baseline COPY s" ratio \
    "post by post s" "vs it"
for row in "${ROWS[@]}"; do
    IFS='|' read -r c1 c2 c3 c4 c5 c6 c7 c8 c9 c10 c11 <<<"$row"
    printf '%8s %11s %9s %9s %10s %13s %11s %15s %7s %15s %10s\n' \
        "$c1" "$c2" "$c3" "$c4" "$c5" "$c6" "$c7" "$c8" "$c9" "$c10" "$c11"
done
echo "ratio = import time (import_run.duration_ms) / baseline COPY time; peak RSS = VmHWM of the JVM"
echo "post by post s = the same import with ROUNDUP_IMPORT_BULK_FROM=0 (--compare); vs it = import s / post by post s"
if ((${#SIZES[@]} > 1)); then
    echo "memory: peak RSS ${RSS_MIB[$LARGE]} MiB at $LARGE posts vs ${RSS_MIB[$SMALL]} MiB at $SMALL posts" \
        "(x$(fmt_div "${RSS_MIB[$LARGE]}" "${RSS_MIB[$SMALL]}" 2))"
fi

if [[ $SHAPE == newsletter ]]; then
    IFS='|' read -r _ _ c3 _ _ _ c7 c8 c9 _ _ <<<"${ROWS[0]}"
    ratio_met=$(awk -v r="$c9" -v g="$NEWSLETTER_RATIO_GOAL" 'BEGIN { print (r != "-" && r <= g) ? "met" : "missed" }')
    reimport_met=$(awk -v s="$c7" -v g="$NEWSLETTER_REIMPORT_GOAL_MS" 'BEGIN { print (s * 1000 < g) ? "met" : "missed" }')
    echo "newsletter goals: import ${c3} s = ${c9} x the \\copy baseline (${c8} s), goal <= ${NEWSLETTER_RATIO_GOAL}: $ratio_met;" \
        "re-import of unchanged files ${c7} s, goal < $((NEWSLETTER_REIMPORT_GOAL_MS / 1000)) s: $reimport_met"
fi

if ((${#FAILURES[@]})); then
    echo
    printf 'FAILED: %s\n' "${FAILURES[@]}"
    exit 1
fi
