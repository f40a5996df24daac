#!/usr/bin/env bash
# Intake at a million posts, A/B: each given build takes COUNT posts through the batch API on its own fresh copy of
# one million-post PostgreSQL database, in alternation. See bench/intake/README.md.
#
#   bash bench/intake/run.sh APP_DIR [APP_DIR...]
#
# An APP_DIR is a packaged application (target/quarkus-app) built with the bench profile:
#   ./mvnw -q package -DskipTests -Dquarkus.profile=bench && cp -r target/quarkus-app /tmp/app-new
# The first run fills the template database (TEMPLATE) through the intake API with the first APP_DIR: FILL posts from
# bench/Seed.java by FILL_CLIENTS clients at once (about 10 min); later runs reuse it (REFILL=1 to fill it again).
#
# Knobs: COUNT [20000] posts measured per run (after WARM [20000], which lets the JIT compiler settle), sent by
#   CLIENTS [1] clients at once; ROUNDS [2]; FILL [1000000]; FILL_CLIENTS [2];
#   TEMPLATE [contrepoint_intake_1m]; WORK [contrepoint_intake_work]; PORT [8097]; JAVA_OPTS as bench/run.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
[[ $# -ge 1 ]] || { echo "usage: bash bench/intake/run.sh APP_DIR [APP_DIR...]" >&2; exit 2; }
COUNT=${COUNT:-20000}; WARM=${WARM:-20000}; CLIENTS=${CLIENTS:-1}; ROUNDS=${ROUNDS:-2}; FILL=${FILL:-1000000}; FILL_CLIENTS=${FILL_CLIENTS:-2}
TEMPLATE=${TEMPLATE:-contrepoint_intake_1m}; WORK=${WORK:-contrepoint_intake_work}; PORT=${PORT:-8097}
JAVA_OPTS=${JAVA_OPTS:--Xmx192m -XX:+UseSerialGC -XX:SurvivorRatio=4 -XX:TrimNativeHeapInterval=2000}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
BASE="http://127.0.0.1:$PORT"
for app in "$@"; do [[ -f $app/quarkus-run.jar ]] || { echo "no quarkus-run.jar in $app" >&2; exit 2; }; done

psql_() { runuser -u postgres -- psql -qAt "$@"; }
log() { echo "[$(date +%H:%M:%S)] $*" >&2; }
APP_PID=""
stop_app() {
  if [[ -n $APP_PID ]]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  APP_PID=""
}
trap stop_app EXIT

start_app() { # $1 app dir, $2 database
  (cd "$1" && CONTREPOINT_DEMO_DATA=false \
    CONTREPOINT_DB_URL="jdbc:postgresql://127.0.0.1:5432/$2?reWriteBatchedInserts=true" \
    exec java $JAVA_OPTS -Dquarkus.profile=bench -Dquarkus.http.port="$PORT" -Dquarkus.http.host=127.0.0.1 \
    -jar quarkus-run.jar >>/tmp/contrepoint-intake-bench.log 2>&1) &
  APP_PID=$!
  for _ in $(seq 1 1200); do
    curl -sf -o /dev/null "$BASE/q/health/ready" && return 0
    kill -0 "$APP_PID" 2>/dev/null || { tail -20 /tmp/contrepoint-intake-bench.log >&2; exit 1; }
    sleep 0.1
  done
  echo "the application did not start" >&2; exit 1
}

seed() { java bench/Seed.java posts "$BASE" monitor:demo "$1" "$2"; } # count, first number

if [[ ${REFILL:-0} == 1 ]] || [[ -z $(psql_ -c "select 1 from pg_database where datname = '$TEMPLATE'") ]]; then
  log "filling $TEMPLATE: $FILL posts through the intake API, $FILL_CLIENTS clients, with $1"
  psql_ -c "drop database if exists $TEMPLATE"
  psql_ -c "create database $TEMPLATE encoding 'UTF8' template template0"
  start_app "$1" "$TEMPLATE"
  per=$((FILL / FILL_CLIENTS)); pids=()
  for c in $(seq 0 $((FILL_CLIENTS - 1))); do seed "$per" $((c * per)) >/dev/null & pids+=($!); done
  for p in "${pids[@]}"; do wait "$p" || { echo "filling failed" >&2; exit 1; }; done
  stop_app
  psql_ -d "$TEMPLATE" -c "vacuum analyze"
fi
log "template: $(psql_ -d "$TEMPLATE" -c "select count(*) || ' posts, ' || count(cluster_id) || ' in clusters' from post")"

cpu_of() { ps -o times= "$@" | awk '{s += $1} END {print s + 0}'; } # seconds of CPU of these pids
printf '| run | build | posts/s | batch p50 ms | batch p99 ms | JVM CPU ms/post | PostgreSQL CPU ms/post |\n|---|---|---|---|---|---|---|\n'
first=$((FILL + 1000000))
for round in $(seq 1 "$ROUNDS"); do
  for app in "$@"; do
    psql_ -c "drop database if exists $WORK" 2>/dev/null
    psql_ -c "create database $WORK template $TEMPLATE"
    start_app "$app" "$WORK"
    seed "$WARM" "$first" >/dev/null; first=$((first + WARM))
    j0=$(cpu_of -p "$APP_PID"); p0=$(cpu_of -u postgres)
    each=$((COUNT / CLIENTS))
    lines=$(for c in $(seq 0 $((CLIENTS - 1))); do seed "$each" $((first + c * each)) & done; wait)
    first=$((first + COUNT))
    j1=$(cpu_of -p "$APP_PID"); p1=$(cpu_of -u postgres)
    stop_app
    # One client: its rate (time spent waiting for the server). Several: all their posts over the longest client's
    # wall time. Latencies: the highest of the clients'.
    field() { tr ' ' '\n' <<<"$lines" | awk -F= -v k="$1" '$1 == k && $2 > m {m = $2} END {print m}'; }
    rate=$(field rate)
    [[ $CLIENTS == 1 ]] || rate=$(awk -v n="$COUNT" -v s="$(field wall_seconds)" 'BEGIN {printf "%.0f", n / s}')
    printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$round" "$app" "$rate" "$(field p50_ms)" "$(field p99_ms)" \
      "$(awk -v a="$j0" -v b="$j1" -v n="$COUNT" 'BEGIN {printf "%.2f", (b - a) * 1000 / n}')" \
      "$(awk -v a="$p0" -v b="$p1" -v n="$COUNT" 'BEGIN {printf "%.2f", (b - a) * 1000 / n}')"
  done
done
psql_ -c "drop database if exists $WORK"
