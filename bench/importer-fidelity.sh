#!/usr/bin/env bash
# Fidelity of the importer: what the service serves against an independent reading of the same markdown.
#
# For each corpus it recreates a database, starts the packaged service on it with ROUNDUP_IMPORT_DIR pointed at
# the corpus, waits until the start-up import is done, and runs bench/fidelity/compare.py: every post of the
# independent reading (bench/fidelity/independent_reading.py, a line scanner written from FORMAT.md that shares no
# code with the importer) is fetched from /api/v1/posts/{slug}, and its link items are paired by title and URL and
# checked for the heading they sit under. Printed per corpus: files failed, link items read and served, matched by
# title+URL, under the right heading.
#
# Corpora (each skipped with a note when it is missing):
#   blog        ../shared/dev-corpus/roundups-2023-2024 and ../shared/seeds: the Hugo blog of FORMAT.md, read as
#               --mode blog (sections at # and ##); the service runs with that blog's section kinds (WIND, Finally).
#   newsletter  ../shared/dev-corpus/other-formats: the other newsletter, --mode newsletter, shipped settings.
#   fixtures    src/test/resources/fixtures/newsletter: the project's own newsletter fixtures (always there).
# Goals checked (exit 1 when missed): no file failed anywhere; blog: every item read is served under its section;
# newsletter and fixtures: >= 98 % matched by title+URL, >= 95 % under the right heading.
#
# With --against OLD_JAR it also imports the blog corpus with an older build and compares what the two store, row by
# row: posts (title, date, intro, body HTML, metadata), sections (heading, slug, kind, markdown and HTML), link items
# (title, URL, domain, target, commentary) and events. "The author's blog imports exactly as before" is 0 differences.
#
# Usage: bench/importer-fidelity.sh [--no-build] [--jar PATH] [--against OLD_JAR] [--port N] [--db NAME] [--only CORPUS]
# Needs java, python3, psql, curl; PostgreSQL on 127.0.0.1:5432 with trust auth for postgres.

set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
source bench/lib/common.sh
export MP_JWT_VERIFY_PUBLICKEY_LOCATION=${MP_JWT_VERIFY_PUBLICKEY_LOCATION:-$(bash bench/throwaway-key.sh)}

JAR=$ROOT/target/quarkus-app/quarkus-run.jar
PORT=18480
DB=roundup_im_dev
ONLY=""
AGAINST=""
SHARED=$ROOT/../shared
WORK=/tmp/roundup-fidelity
READY_TIMEOUT=300

while (($#)); do
    case $1 in
        --no-build) BUILD=0 ;;
        --jar) JAR=${2:?}; BUILD=0; shift ;;
        --port) PORT=${2:?}; shift ;;
        --db) DB=${2:?}; shift ;;
        --only) ONLY=${2:?}; shift ;;
        --against) AGAINST=${2:?}; shift ;;
        -h|--help) sed -n '2,27p' "$0"; exit 0 ;;
        *) echo "unknown option: $1" >&2; exit 2 ;;
    esac
    shift
done
[[ $DB =~ ^[a-z_][a-z0-9_]*$ ]] || { echo "--db must be a plain database name" >&2; exit 2; }
build_unless_told_not
mkdir -p "$WORK"

psql_admin() { psql -h 127.0.0.1 -U postgres -d postgres -X -q -A -t -v ON_ERROR_STOP=1 "$@"; }
psql_db() { PGPASSWORD=roundup psql -h 127.0.0.1 -U roundup -d "$DB" -X -q -A -t -v ON_ERROR_STOP=1 "$@"; }

SERVICE_PID=""
trap stop_service EXIT

failed_files() {
    psql_db -c "select coalesce(sum(failed), 0) from import_run where status = 'finished'"
}

MISSED=0
# run_corpus NAME MODE DIRS [NAME=VALUE...]
run_corpus() {
    local name=$1 mode=$2 dirs=$3
    shift 3
    [[ -z $ONLY || $ONLY == "$name" ]] || return 0
    local dir
    for dir in ${dirs//,/ }; do
        [[ -d $dir ]] || { log "skipping $name: $dir is missing (it lives beside the project, in ../shared)"; return 0; }
    done
    log "$name: importing $dirs into $DB"
    fresh_database
    start_service "$WORK/$name.log" "$dirs" "$@"
    python3 bench/fidelity/independent_reading.py --mode "$mode" ${dirs//,/ } >"$WORK/$name.reading.json"
    local failed
    failed=$(failed_files)
    psql_db -c "select f->>'file', f->>'reason' from import_run, jsonb_array_elements(report::jsonb) f
                where f->>'outcome' in ('FAILED', 'SKIPPED')" | sed 's/^/    not imported: /'
    python3 bench/fidelity/compare.py --reading "$WORK/$name.reading.json" --api "http://127.0.0.1:$PORT" \
        --mode "$mode" --failed "$failed" --label "$name" --figures "$WORK/$name.figures.json"
    stop_service
    python3 - "$WORK/$name.figures.json" "$mode" <<'EOF' || MISSED=1
import json, sys
f = json.load(open(sys.argv[1])); mode = sys.argv[2]
read = f['read'] or 1
ok = f['failed'] == 0 and f['postsNotServed'] == 0
if mode == 'blog':
    ok = ok and f['matched'] == f['read'] and f['rightHeading'] == f['read']
else:
    ok = ok and f['matched'] / read >= 0.98 and f['rightHeading'] / read >= 0.95
print('  goals', 'met' if ok else 'MISSED')
sys.exit(0 if ok else 1)
EOF
}

BLOG_SETTINGS=(ROUNDUP_SECTIONS_KINDS_WIND='wind*,what-is-*-doing*' ROUNDUP_SECTIONS_KINDS_FINALLY='finally*')
run_corpus blog blog "$SHARED/dev-corpus/roundups-2023-2024,$SHARED/seeds" "${BLOG_SETTINGS[@]}"

# dump_blog OUT: what the database holds of the blog, one canonical line per row (big texts as md5)
dump_blog() {
    psql_db -F '|' -c "select slug, title, published_at, published_offset, roundup, draft, md5(intro_markdown),
        md5(intro_html), md5(body_html), word_count, front_matter::text from post order by slug" >"$1.posts"
    psql_db -F '|' -c "select p.slug, s.position, s.heading, s.slug, s.kind, md5(s.markdown), md5(s.html)
        from section s join post p on p.id = s.post_id order by p.slug, s.position" >"$1.sections"
    psql_db -F '|' -c "select p.slug, s.position, l.position, l.post_position, l.title, l.url, l.domain,
        l.target_slug, md5(l.commentary_markdown), md5(l.commentary_html), md5(l.commentary_text)
        from link_item l join section s on s.id = l.section_id join post p on p.id = l.post_id
        order by p.slug, l.post_position" >"$1.items"
    psql_db -F '|' -c "select slug, name, starts_on, ends_on, city, url from event order by slug" >"$1.events"
}

if [[ -n $AGAINST && ( -z $ONLY || $ONLY == blog ) && -d $SHARED/dev-corpus/roundups-2023-2024 ]]; then
    BLOG_DIRS="$SHARED/dev-corpus/roundups-2023-2024,$SHARED/seeds"
    for side in old new; do
        jar=$JAR
        [[ $side == new ]] || jar=$AGAINST
        log "blog stored by the $side build ($jar)"
        fresh_database
        JAR=$jar start_service "$WORK/blog-$side.log" "$BLOG_DIRS" "${BLOG_SETTINGS[@]}"
        dump_blog "$WORK/blog-$side"
        stop_service
    done
    echo "blog stored by this build against $AGAINST:"
    for table in posts sections items events; do
        differing=$(diff "$WORK/blog-old.$table" "$WORK/blog-new.$table" | grep -c '^[<>]' || true)
        echo "  $table: $(wc -l <"$WORK/blog-old.$table") rows before, $(wc -l <"$WORK/blog-new.$table") after," \
            "$differing differing lines"
        ((differing == 0)) || MISSED=1
    done
fi
run_corpus newsletter newsletter "$SHARED/dev-corpus/other-formats"
run_corpus fixtures newsletter "$ROOT/src/test/resources/fixtures/newsletter"
exit "$MISSED"
