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
