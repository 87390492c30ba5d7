# Sourced by read-bench.sh and nginx-ratio.sh: the pieces both need.
# Needs: POSTS, WORK, DB, PORT, DURATION and bench/lib/common.sh; run from the project root.

# Generates $POSTS synthetic roundups, imports them into a fresh $DB with the packaged service on $PORT, and
# waits until it is ready (the end of the import). Sets SERVICE_PID.
start_corpus_service() {
  log "generating $POSTS posts"
  python3 bench/generate_roundups.py --count "$POSTS" --seed 42 --out "$WORK/corpus" >&2
  psql -qh 127.0.0.1 -U postgres -c "drop database if exists $DB" -c "create database $DB owner roundup"

  log "starting the service with the corpus"
  QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$DB QUARKUS_HTTP_PORT=$PORT \
    ROUNDUP_IMPORT_DIR="$WORK/corpus" ROUNDUP_DEMO_ENABLED=false \
    java -jar target/quarkus-app/quarkus-run.jar > "$WORK/service.log" 2>&1 &
  SERVICE_PID=$!
  for _ in $(seq 1 300); do
    curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null 2>&1 && break
    sleep 1
  done
  curl -fs "http://127.0.0.1:$PORT/q/health/ready" >/dev/null || { tail -20 "$WORK/service.log" >&2; exit 1; }
}

# wrk against one URL: CONNECTIONS connections (default 16), WARMUP_EACH seconds discarded (default 3), then
# DURATION seconds. Prints "req/s p50 p99 non2xx" (milliseconds).
measure() {
  wrk -t2 -c"${CONNECTIONS:-16}" -d"${WARMUP_EACH:-3}s" "$1" >/dev/null 2>&1
  wrk -t2 -c"${CONNECTIONS:-16}" -d"${DURATION}s" --latency "$1" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = ms($2) }
    /^ +99%/ { p99 = ms($2) }
    /Non-2xx/ { bad = $NF }
    END { printf "%.0f %.2f %.2f %s\n", rps, p50, p99, (bad == "" ? 0 : bad) }'
}
