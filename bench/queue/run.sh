#!/usr/bin/env bash
# The queue page at a million posts, A/B: each given build's queue views at CONNS connections, each view measured
# between two measurements of the reference's /page?size=50, so that every ratio compares figures taken in the same
# minutes; ROUNDS times. See bench/queue/README.md.
#
#   bash bench/queue/run.sh APP_DIR [APP_DIR...]
#
# An APP_DIR is a packaged application (target/quarkus-app) built with the bench profile, as for bench/intake/run.sh.
# The posts come from bench/intake/run.sh's template database (TEMPLATE, filled through the intake API: run
# `ROUNDS=0 bash bench/intake/run.sh APP_DIR` once); each build reads its own copy (WORK). The reference is
# ../shared/bench-baseline (SHARED), copied to REF, built and loaded by its own script the first time.
#
# Knobs: PATHS ["/queue /queue?platform=telegram /queue?risk=high"]; CONNS [64]; DURATION [20]; WARMUP [5];
#   ROUNDS [2]; JIT_ROUND [5]; JIT_SETTLED [1]; JIT_WARMUP_MAX [300]; TEMPLATE [contrepoint_intake_1m];
#   WORK [contrepoint_queue_work]; REF [bench/results/reference]; SHARED [../shared]; PORT [8097] (the build's);
#   REF_PORT [PORT + 1] (the reference's, which stays up, idle, while the build is measured); JAVA_OPTS as bench/run.sh.
set -euo pipefail
cd "$(dirname "$0")/../.."
[[ $# -ge 1 ]] || { echo "usage: bash bench/queue/run.sh APP_DIR [APP_DIR...]" >&2; exit 2; }
PATHS=${PATHS:-/queue /queue?platform=telegram /queue?risk=high}
CONNS=${CONNS:-64}; DURATION=${DURATION:-20}; WARMUP=${WARMUP:-5}; ROUNDS=${ROUNDS:-2}
JIT_ROUND=${JIT_ROUND:-5}; JIT_SETTLED=${JIT_SETTLED:-1}; JIT_WARMUP_MAX=${JIT_WARMUP_MAX:-300}
TEMPLATE=${TEMPLATE:-contrepoint_intake_1m}; WORK=${WORK:-contrepoint_queue_work}; REF=${REF:-bench/results/reference}; SHARED=${SHARED:-../shared}
PORT=${PORT:-8097}; REF_PORT=${REF_PORT:-$((PORT + 1))}
APP_BASE="http://127.0.0.1:$PORT"; REF_BASE="http://127.0.0.1:$REF_PORT"
REF=$(realpath -m "$REF") # the reference is built from inside its directory: its log path must not be relative
JAVA_OPTS=${JAVA_OPTS:--Xmx192m -XX:+UseSerialGC -XX:SurvivorRatio=4 -XX:TrimNativeHeapInterval=2000}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
LOG=/tmp/contrepoint-queue-bench.log
for app in "$@"; do [[ -f $app/quarkus-run.jar ]] || { echo "no quarkus-run.jar in $app" >&2; exit 2; }; done

psql_() { runuser -u postgres -- psql -qAt "$@"; }
log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

if [[ ! -f $REF/target/quarkus-app/quarkus-run.jar ]]; then
  log "reference: copied from $SHARED/bench-baseline to $REF, built, its 1,000,000 posts loaded (once)"
  rm -rf "$REF"; mkdir -p "$(dirname "$REF")"; cp -r "$SHARED/bench-baseline" "$REF"
  (cd "$REF" && REPS=0 PORT="$PORT" ./run-bench.sh pg >"$REF.log" 2>&1) || true # REPS=0: its summary fails, on purpose
  [[ -f $REF/target/quarkus-app/quarkus-run.jar ]] || { tail -20 "$REF.log" >&2; echo "the reference did not build" >&2; exit 1; }
fi
APP_PID=""; REF_PID=""
stop() { # $1 the variable holding the pid
  local pid=${!1}
  if [[ -n $pid ]]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  printf -v "$1" ''
}
trap 'stop APP_PID; stop REF_PID' EXIT

start() { # $1 the variable to hold the pid, $2 port, $3 directory, then the java arguments
  local var=$1 port=$2 dir=$3 pid; shift 3
  (cd "$dir" && exec java $JAVA_OPTS -Dquarkus.http.port="$port" -Dquarkus.http.host=127.0.0.1 "$@" \
    -jar quarkus-run.jar >>"$LOG" 2>&1) &
  pid=$!
  printf -v "$var" '%s' "$pid"
  for _ in $(seq 1 1200); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/q/health/ready" && return 0
    curl -sf -o /dev/null "http://127.0.0.1:$port/fortunes" && return 0
    kill -0 "$pid" 2>/dev/null || { tail -20 "$LOG" >&2; exit 1; }
    sleep 0.1
  done
  echo "did not start" >&2; exit 1
}

sign_in() { # prints admin's session cookie
  local jar token
  jar=$(mktemp)
  token=$(curl -s -c "$jar" -b "$jar" "$APP_BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=$token" -d "username=admin&password=demo" "$APP_BASE/login"
  # Both cookies, as a browser sends them: without its CSRF cookie every page view would mint and set a new one.
  awk '$6 == "contrepoint-session" || $6 == "contrepoint-csrf" {printf "%s%s=%s", sep, $6, $7; sep = "; "}' "$jar"
  rm -f "$jar"
}

jit_seconds() { jstat -compiler "$1" | awk 'NR == 2 {print $4}'; }

settle() { # $1 pid, $2 base URL, $3 cookie or "", then the paths: load each in turn until a round adds less than
  # JIT_SETTLED s of JIT
  local pid=$1 base=$2 header=() t0 before after p
  [[ -n $3 ]] && header=(-H "Cookie: $3")
  shift 3
  t0=$(date +%s)
  while :; do
    before=$(jit_seconds "$pid")
    for p in "$@"; do wrk -t2 -c16 -d"${JIT_ROUND}s" "${header[@]}" "$base$p" >/dev/null; done
    after=$(jit_seconds "$pid")
    awk -v a="$before" -v b="$after" -v s="$JIT_SETTLED" 'BEGIN { exit !(b - a < s) }' && break
    (( $(date +%s) - t0 >= JIT_WARMUP_MAX )) && { log "  JIT still compiling after $JIT_WARMUP_MAX s"; break; }
  done
}

to_ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) print v / 1000; else if (v ~ /ms$/) print v + 0; else print v * 1000 }'; }

measure() { # $1 URL, $2 cookie or "": prints "req/s p50 p99 errors KB/request"
  local header=() out
  [[ -n $2 ]] && header=(-H "Cookie: $2")
  wrk -t2 -c"$CONNS" -d"${WARMUP}s" "${header[@]}" "$1" >/dev/null
  out=$(wrk -t2 -c"$CONNS" -d"${DURATION}s" --latency "${header[@]}" "$1")
  local rps p50 p99 errs kb
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  p50=$(to_ms "$(awk '$1 == "50%" {print $2}' <<<"$out")")
  p99=$(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")
  errs=$(awk '/Non-2xx/ {n += $NF} /Socket errors/ {gsub(/,/, ""); n += $4 + $6 + $8 + $10} END {print n + 0}' <<<"$out")
  kb=$(awk '/^Transfer\/sec:/ {v = $2; if (v ~ /MB$/) v = v * 1024; else if (v ~ /GB$/) v = v * 1048576; else v = v + 0; t = v}
            /^Requests\/sec:/ {r = $2} END {printf "%.1f", t / r}' <<<"$out")
  echo "$rps $p50 $p99 $errs $kb"
}

log "work copy $WORK of $TEMPLATE: $(psql_ -d "$TEMPLATE" -c "select count(*) from post") posts"
psql_ -c "drop database if exists $WORK"
psql_ -c "create database $WORK template $TEMPLATE"
printf '| round | build | page | req/s | p50 ms | p99 ms | errors | KB/request | reference req/s before / after | ratio |\n'
printf '|---|---|---|---|---|---|---|---|---|---|\n'
for round in $(seq 1 "$ROUNDS"); do
  start REF_PID "$REF_PORT" "$REF/target/quarkus-app" -Dquarkus.profile=pg
  settle "$REF_PID" "$REF_BASE" "" "/page?size=50"
  for app in "$@"; do
    CONTREPOINT_DEMO_DATA=false CONTREPOINT_DB_URL="jdbc:postgresql://127.0.0.1:5432/$WORK" \
      start APP_PID "$PORT" "$app" -Dquarkus.profile=bench
    cookie=$(sign_in)
    # shellcheck disable=SC2086
    settle "$APP_PID" "$APP_BASE" "$cookie" $PATHS
    # The machine's speed drifts over minutes: the reference is measured right before and right after each view
    # (the figure after one view is the figure before the next), and the view compared with the mean of the two.
    read -r ref_before _ < <(measure "$REF_BASE/page?size=50" "")
    for path in $PATHS; do
      read -r rps p50 p99 errs kb < <(measure "$APP_BASE$path" "$cookie")
      read -r ref_after _ < <(measure "$REF_BASE/page?size=50" "")
      printf '| %s | %s | %s | %s | %s | %s | %s | %s | %s / %s | %.2f |\n' "$round" "$app" "$path" "$rps" "$p50" \
        "$p99" "$errs" "$kb" "$ref_before" "$ref_after" \
        "$(awk -v a="$rps" -v b="$ref_before" -v c="$ref_after" 'BEGIN { print 2 * a / (b + c) }')"
      ref_before=$ref_after
    done
    stop APP_PID
  done
  stop REF_PID
done
