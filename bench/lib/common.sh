# Sourced by the benchmark scripts, from the project root: logging, wrk, and the packaged service.

log() { printf '[%(%H:%M:%S)T] %s\n' -1 "$*" >&2; }

# Installs wrk from Debian's packages when it is missing.
ensure_wrk() {
  command -v wrk >/dev/null || { log "installing wrk"; apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
}

# Installs nginx and wrk from Debian's packages when they are missing (nginx is only run by hand, never as a service).
ensure_nginx_and_wrk() {
  ensure_wrk
  command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || { log "installing nginx"; apt-get update -qq \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null 2>&1 \
    || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null; }
  export PATH="$PATH:/usr/sbin"
}

# Builds target/quarkus-app unless BUILD=0 and it is there already.
build_unless_told_not() {
  [ "${BUILD:-1}" = 0 ] && [ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q -DskipTests -Dopenapi.check.skip package
}

# Drops and creates the database DB (owner roundup) with the extensions the schema needs.
fresh_database() {
  psql -h 127.0.0.1 -U postgres -d postgres -X -q -v ON_ERROR_STOP=1 \
    -c "drop database if exists $DB with (force)" -c "create database $DB owner roundup"
  psql -h 127.0.0.1 -U postgres -d "$DB" -X -q -c "create extension if not exists pg_trgm" \
    -c "create extension if not exists unaccent"
}

# start_service LOG DIRS [NAME=VALUE...]: the packaged service (JAR, default target/quarkus-app/quarkus-run.jar) on
# database DB and port PORT, importing DIRS (comma separated; empty for none) at start-up, with further settings;
# waits until it is ready (the end of that import), at most READY_TIMEOUT seconds (default 300). Sets SERVICE_PID.
# Runs in a directory of its own, so that no ./config of the caller's applies.
start_service() {
  local service_log=$1 dirs=$2
  shift 2
  local run_dir jar=${JAR:-$PWD/target/quarkus-app/quarkus-run.jar}
  run_dir=$(mktemp -d /tmp/roundup-bench-run.XXXX)
  (
    cd "$run_dir"
    exec env QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$DB" QUARKUS_HTTP_HOST=127.0.0.1 \
      QUARKUS_HTTP_PORT="$PORT" ROUNDUP_IMPORT_DIR="$dirs" ROUNDUP_DEMO_ENABLED=false "$@" \
      java -jar "$jar"
  ) >"$service_log" 2>&1 </dev/null &
  SERVICE_PID=$!
  local deadline=$((SECONDS + ${READY_TIMEOUT:-300}))
  until [[ $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/q/health/ready" || true) == 200 ]]; do
    if ! kill -0 "$SERVICE_PID" 2>/dev/null || ((SECONDS > deadline)); then
      log "the service did not become ready; last lines of $service_log:"
      tail -n 20 "$service_log" >&2
      return 1
    fi
    sleep 0.5
  done
}

# Stops the service start_service started, if any (also as an EXIT trap).
stop_service() {
  [[ -n ${SERVICE_PID:-} ]] || return 0
  kill -TERM "$SERVICE_PID" 2>/dev/null || true
  wait "$SERVICE_PID" 2>/dev/null || true
  SERVICE_PID=""
}
