# Sourced by the benchmark scripts, from the project root: logging, wrk, and the packaged service.

log() { printf '[%(%H:%M:%S)T] %s\n' -1 "$*" >&2; }

# Installs wrk from Debian's packages when it is missing.
ensure_wrk() {
  command -v wrk >/dev/null || { log "installing wrk"; apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
}

# Builds target/quarkus-app unless BUILD=0 and it is there already.
build_unless_told_not() {
  [ "${BUILD:-1}" = 0 ] && [ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q -DskipTests -Dopenapi.check.skip package
}
