#!/usr/bin/env bash
# One command: Contrepoint's pages and the bare-Quarkus reference (../shared/bench-baseline) measured in the same
# run, on the PostgreSQL of this machine, with wrk on 127.0.0.1 only. See bench/README.md.
#
# Knobs: DURATION [15] s, WARMUP [5] s, CONNS ["16 64"], PORT [8088], PAIRS [1] (reference/app alternations),
#        JAVA_OPTS [-Xmx512m], OUT [bench/results/<time>], SHARED [../shared]
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
DURATION=${DURATION:-15}
WARMUP=${WARMUP:-5}
CONNS=${CONNS:-"16 64"}
PORT=${PORT:-8088}
PAIRS=${PAIRS:-1}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
OUT=${OUT:-$ROOT/bench/results/$(date +%Y%m%d-%H%M%S)}
SHARED=${SHARED:-$ROOT/../shared}
BASE="http://127.0.0.1:$PORT"
mkdir -p "$OUT/raw"
log() { echo "[$(date +%H:%M:%S)] $*" >&2; }

APP_PID=""
cleanup() { if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" || true; fi; }
trap cleanup EXIT

# ---------------------------------------------------------------- prerequisites
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
command -v mvn >/dev/null || { apt-get update -qq && apt-get install -y -qq maven >/dev/null; }
cluster=$(pg_lsclusters -h | awk 'NR==1{print $1}')
pg_lsclusters -h | awk 'NR==1{print $4}' | grep -q online || pg_ctlcluster --skip-systemctl-redirect "$cluster" main start

# ---------------------------------------------------------------- the reference, built and loaded by its own script
REF="$OUT/reference"
cp -r "$SHARED/bench-baseline" "$REF"
rm -rf "$REF/results" "$REF/target"
log "reference: build and load (1,000,000 posts on first use)"
(cd "$REF" && REPS=0 ./run-bench.sh pg >"$OUT/reference-prepare.log" 2>&1) || true

# ---------------------------------------------------------------- the application
log "application: build with the bench profile (embedded accounts on PostgreSQL)"
runuser -u postgres -- psql -qc 'drop database if exists contrepoint_bench' >/dev/null
runuser -u postgres -- psql -qc "create database contrepoint_bench encoding 'UTF8' template template0" >/dev/null
./mvnw -B -q package -DskipTests -Dquarkus.profile=bench >"$OUT/build.log" 2>&1

to_ms() { awk '{v=$1; if (v ~ /us$/) {sub(/us$/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v*=1000}; printf "%.2f", v}' <<<"$1"; }

# wrk on one URL; appends "name conns req/s p50 p99 errors" to results.tsv
measure() { # $1 label, $2 url, $3 conns, $4 cookie header or ""
  local file="$OUT/raw/$(tr -c 'a-zA-Z0-9' '_' <<<"$1")-c$3.txt" header=()
  [[ -n $4 ]] && header=(-H "Cookie: $4")
  wrk -t2 -c"$3" -d"${WARMUP}s" "${header[@]}" "$2" >/dev/null
  wrk -t2 -c"$3" -d"${DURATION}s" --latency "${header[@]}" "$2" >"$file"
  local rps p50 p99 errs
  rps=$(awk '/^Requests\/sec:/ {print $2}' "$file")
  p50=$(to_ms "$(awk '$1 == "50%" {print $2}' "$file")")
  p99=$(to_ms "$(awk '$1 == "99%" {print $2}' "$file")")
  errs=$(awk '/Non-2xx/ {n += $NF} /Socket errors/ {gsub(/,/, ""); n += $4 + $6 + $8 + $10} END {print n + 0}' "$file")
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$3" "$rps" "$p50" "$p99" "$errs" >>"$OUT/results.tsv"
  log "  $1 c=$3: $rps req/s p50=${p50}ms p99=${p99}ms errors=$errs"
}

port_free() { ! curl -s -o /dev/null "$BASE/" || { echo "port $PORT is already in use" >&2; exit 1; }; }

wait_for() { # $1 url, $2 pid
  for _ in $(seq 1 6000); do
    curl -sf -o /dev/null "$1" && return 0
    kill -0 "$2" 2>/dev/null || return 1
    sleep 0.01
  done
  return 1
}

run_reference() {
  port_free
  BENCH_PORT=$PORT java $JAVA_OPTS -Dquarkus.profile=pg -jar "$REF/target/quarkus-app/quarkus-run.jar" \
    >"$OUT/reference.log" 2>&1 &
  APP_PID=$!
  wait_for "$BASE/fortunes" "$APP_PID" || { cat "$OUT/reference.log" >&2; exit 1; }
  for c in $CONNS; do measure "reference /page?size=50" "$BASE/page?size=50" "$c" ""; done
  kill "$APP_PID"; wait "$APP_PID" || true; APP_PID=""
}

run_app() {
  local t0 t1
  port_free
  t0=$(date +%s%N)
  java $JAVA_OPTS -Dquarkus.profile=bench -Dquarkus.http.port="$PORT" -Dquarkus.http.host=127.0.0.1 \
    -jar target/quarkus-app/quarkus-run.jar >"$OUT/app.log" 2>&1 &
  APP_PID=$!
  wait_for "$BASE/q/health/ready" "$APP_PID" || { cat "$OUT/app.log" >&2; exit 1; }
  t1=$(date +%s%N)
  printf 'start-to-ready-ms\t%s\n' $(((t1 - t0) / 1000000)) >>"$OUT/app-facts.tsv"
  local jar token cookie
  jar=$(mktemp)
  token=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=$token" -d "username=admin&password=demo" "$BASE/login"
  cookie="contrepoint-session=$(awk '$6 == "contrepoint-session" {print $7}' "$jar")"
  [[ $cookie != "contrepoint-session=" ]] || { echo "could not sign in" >&2; exit 1; }
  for c in $CONNS; do
    measure "app /login (anonymous)" "$BASE/login" "$c" ""
    measure "app / (home, signed in)" "$BASE/" "$c" "$cookie"
    measure "app /admin/audit" "$BASE/admin/audit" "$c" "$cookie"
  done
  printf 'rss-after-load-mib\t%s\n' $(( $(ps -o rss= -p "$APP_PID") / 1024 )) >>"$OUT/app-facts.tsv"
  kill "$APP_PID"; wait "$APP_PID" || true; APP_PID=""
}

for pair in $(seq 1 "$PAIRS"); do
  log "pair $pair: reference"
  run_reference
  log "pair $pair: application"
  run_app
done

# ---------------------------------------------------------------- summary (medians over pairs)
{
  echo "| page | conns | req/s | p50 ms | p99 ms | errors | req/s vs reference /page |"
  echo "|---|---|---|---|---|---|---|"
  awk -F'\t' '
    { key = $1 "\t" $2; n[key]++; rps[key, n[key]] = $3; p50[key, n[key]] = $4; p99[key, n[key]] = $5; err[key] += $6
      if (!(key in seen)) { seen[key] = 1; order[++k] = key } }
    function median(a, key, m,   i, j, t, v) { for (i = 1; i <= m; i++) v[i] = a[key, i]
      for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (v[j] + 0 < v[i] + 0) { t = v[i]; v[i] = v[j]; v[j] = t }
      return v[int((m + 1) / 2)] }
    END {
      for (i = 1; i <= k; i++) { key = order[i]; split(key, f, "\t"); m = n[key]
        r = median(rps, key, m); if (f[1] ~ /^reference/) ref[f[2]] = r
        line[i] = sprintf("| %s | %s | %.0f | %.2f | %.2f | %d |", f[1], f[2], r, median(p50, key, m), median(p99, key, m), err[key]) }
      for (i = 1; i <= k; i++) { key = order[i]; split(key, f, "\t"); r = median(rps, key, n[key])
        printf "%s %s |\n", line[i], (ref[f[2]] > 0 ? sprintf("%.2f", r / ref[f[2]]) : "–") }
    }' "$OUT/results.tsv"
  echo
  awk -F'\t' '{print "- " $1 ": " $2}' "$OUT/app-facts.tsv"
} | tee "$OUT/summary.md"
log "results in $OUT"
