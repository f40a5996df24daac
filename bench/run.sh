#!/usr/bin/env bash
# One command: seeds Contrepoint through its own APIs in growing stages (posts through the intake API, templates
# through the library's bulk import), measures its pages with wrk at each stage, measures the bare-Quarkus
# reference (../shared/bench-baseline) in the same run, and prints the figures table. See bench/README.md.
#
# Knobs (environment):
#   SIZES ["10000 100000 1000000"] total posts after each stage    QUICK [0] 1 = a short trial run (see below)
#   TEMPLATES [20000]  DURATION [15] s  WARMUP [5] s  CONNS ["16 64"]  DASH_CONNS ["16"]  PORT [8088]
#   DB [pg] or h2      LIBRARY_Q [famille]  OUT [bench/results/<time>]  SHARED [../shared]
#   JAVA_OPTS ["-Xmx192m -XX:+UseSerialGC -XX:SurvivorRatio=4 -XX:TrimNativeHeapInterval=2000"], for the app and the reference alike; MALLOC_ARENA_MAX [2] likewise
#   (the small-footprint settings of docs/operations.md; the app also maps its class archive, app-cds.jsa)
#   PGDB [contrepoint_bench] (dropped and recreated)
#   JIT_ROUND [5] s of load per page in each warm-up round; JIT_SETTLED [1] s of JIT compile time a whole round may
#   still add once the JIT counts as settled; JIT_WARMUP_MAX [600] s of warm-up at most (see bench/README.md)
#   WRK_TIMEOUT [10] s (a slower answer counts as an error)
#   BUILD [1] 0 = reuse target/quarkus-app (it must have been built for the same DB mode)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
QUICK=${QUICK:-0}
if [[ $QUICK == 1 ]]; then
  SIZES=${SIZES:-"2000 10000"}; TEMPLATES=${TEMPLATES:-2000}; DURATION=${DURATION:-5}; WARMUP=${WARMUP:-2}
  JIT_WARMUP_MAX=${JIT_WARMUP_MAX:-60}
fi
SIZES=${SIZES:-"10000 100000 1000000"}
TEMPLATES=${TEMPLATES:-20000}
DURATION=${DURATION:-15}
WARMUP=${WARMUP:-5}
JIT_ROUND=${JIT_ROUND:-5}
JIT_SETTLED=${JIT_SETTLED:-1}
JIT_WARMUP_MAX=${JIT_WARMUP_MAX:-600}
CONNS=${CONNS:-"16 64"}
DASH_CONNS=${DASH_CONNS:-"16"}
WRK_TIMEOUT=${WRK_TIMEOUT:-10}
PORT=${PORT:-8088}
DB=${DB:-pg}
LIBRARY_Q=${LIBRARY_Q:-famille}
JAVA_OPTS=${JAVA_OPTS:--Xmx192m -XX:+UseSerialGC -XX:SurvivorRatio=4 -XX:TrimNativeHeapInterval=2000}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
BUILD=${BUILD:-1}
OUT=${OUT:-$ROOT/bench/results/$(date +%Y%m%d-%H%M%S)}
SHARED=${SHARED:-$ROOT/../shared}
BASE="http://127.0.0.1:$PORT"
PGDB=${PGDB:-contrepoint_bench}
mkdir -p "$OUT/raw" "$OUT/pages"
: >"$OUT/results.tsv"; : >"$OUT/intake.tsv"; : >"$OUT/facts.tsv"; : >"$OUT/templates.tsv"
T_START=$(date +%s)

log() { echo "[$(date +%H:%M:%S)] $*" >&2; }
die() { echo >&2; echo "bench/run.sh FAILED: $*" >&2; echo "(logs and partial results in $OUT)" >&2; exit 1; }
[[ $DB == pg || $DB == h2 ]] || die "DB must be pg or h2, not '$DB'"
prev=0
for s in $SIZES; do
  [[ $s =~ ^[0-9]+$ && $s -gt $prev ]] || die "SIZES must be increasing numbers of posts, got '$SIZES'"
  prev=$s
done

APP_PID=""
stop_app() {
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; fi
  APP_PID=""
}
trap stop_app EXIT
trap "exit 130" INT TERM

# ---------------------------------------------------------------- prerequisites
command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; } || die "wrk missing"
command -v jstat >/dev/null || die "jstat missing (it comes with the JDK: the warm-up reads the JIT's compile time)"
command -v mvn >/dev/null || { apt-get update -qq && apt-get install -y -qq maven >/dev/null; } || die "maven missing"
if [[ $DB == pg ]]; then
  cluster=$(pg_lsclusters -h | awk 'NR==1{print $1}')
  pg_lsclusters -h | awk 'NR==1{print $4}' | grep -q online || pg_ctlcluster --skip-systemctl-redirect "$cluster" main start
fi
[[ -d $SHARED/bench-baseline ]] || die "reference app not found in $SHARED/bench-baseline (set SHARED)"
curl -s -o /dev/null "$BASE/" && die "port $PORT is already in use"

# ---------------------------------------------------------------- the reference, built and loaded by its own script
REF="$OUT/reference"
cp -r "$SHARED/bench-baseline" "$REF"
rm -rf "$REF/results" "$REF/target" "$REF/data"
if [[ $DB == h2 ]]; then # keep its H2 million rows between runs (under bench/results/, git-ignored)
  mkdir -p "$ROOT/bench/results/.reference-h2-data"; ln -s "$ROOT/bench/results/.reference-h2-data" "$REF/data"
fi
log "reference: build and load its 1,000,000 posts ($DB; the load happens once)"
(cd "$REF" && REPS=0 PORT="$PORT" ./run-bench.sh "$DB" >"$OUT/reference-prepare.log" 2>&1) || true # REPS=0: its summary fails, on purpose
[[ -f $REF/target/quarkus-app/quarkus-run.jar ]] || { tail -30 "$OUT/reference-prepare.log" >&2; die "the reference did not build"; }
grep -q -e 'data present' -e 'loading' "$OUT/reference-prepare.log" || { tail -30 "$OUT/reference-prepare.log" >&2; die "the reference's data did not load"; }

# ---------------------------------------------------------------- the application
if [[ $DB == pg ]]; then PROFILE=bench; else PROFILE=demo; fi
if [[ $BUILD == 1 ]]; then
  log "application: build with the $PROFILE profile (embedded demo accounts, $DB)"
  ./mvnw -B -q -ntp package -DskipTests -Dquarkus.profile=$PROFILE -Dquarkus.package.jar.appcds.enabled=true \
    >"$OUT/build.log" 2>&1 || { tail -40 "$OUT/build.log" >&2; die "the application did not build"; }
fi
[[ -f target/quarkus-app/quarkus-run.jar ]] || die "target/quarkus-app/quarkus-run.jar missing"
CLASS_ARCHIVE=() # only used when the jar is started from its own folder, as when the archive was made
[[ -f target/quarkus-app/app-cds.jsa ]] && CLASS_ARCHIVE=(-XX:SharedArchiveFile=app-cds.jsa)
if [[ $DB == pg ]]; then
  runuser -u postgres -- psql -qc "drop database if exists $PGDB" >/dev/null 2>&1 || die "cannot drop database $PGDB (in use?)"
  runuser -u postgres -- psql -qc "create database $PGDB encoding 'UTF8' template template0" >/dev/null || die "cannot create database $PGDB"
  APP_ARGS=(-Dquarkus.profile=bench)
  export CONTREPOINT_DB_URL="jdbc:postgresql://127.0.0.1:5432/$PGDB?reWriteBatchedInserts=true"
else
  rm -rf "$OUT/data"
  APP_ARGS=(-Dquarkus.profile=demo "-Dcontrepoint.data-dir=$OUT/data")
fi
export CONTREPOINT_DEMO_DATA=false # the demo accounts only: every post is the seeder's

to_ms() { awk '{v=$1; if (v ~ /us$/) {sub(/us$/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms$/,"",v)} else if (v ~ /s$/) {sub(/s$/,"",v); v*=1000}; printf "%.2f", v}' <<<"$1"; }
load_avg() { cut -d' ' -f1 /proc/loadavg; }

wait_for() { # $1 url, $2 pid, $3 log: until 200, or the process died, or 10 minutes
  for _ in $(seq 1 60000); do
    curl -sf -o /dev/null "$1" && return 0
    kill -0 "$2" 2>/dev/null || { tail -40 "$3" >&2; return 1; }
    sleep 0.01
  done
  return 1
}

# wrk on one URL; appends "size kind label conns req/s p50 p99 errors" to results.tsv
measure() { # $1 size, $2 kind (ref|queue|page|dashboard), $3 label, $4 path, $5 conns, $6 cookie or ""
  local file="$OUT/raw/$1-$(tr -c 'a-zA-Z0-9' '_' <<<"$3")-c$5.txt" header=()
  [[ -n $6 ]] && header=(-H "Cookie: $6")
  wrk -t2 -c"$5" -d"${WARMUP}s" --timeout "${WRK_TIMEOUT}s" "${header[@]}" "$BASE$4" >/dev/null
  wrk -t2 -c"$5" -d"${DURATION}s" --timeout "${WRK_TIMEOUT}s" --latency "${header[@]}" "$BASE$4" >"$file"
  local rps p50 p99 errs
  rps=$(awk '/^Requests\/sec:/ {print $2}' "$file")
  p50=$(to_ms "$(awk '$1 == "50%" {print $2}' "$file")")
  p99=$(to_ms "$(awk '$1 == "99%" {print $2}' "$file")")
  errs=$(awk '/Non-2xx/ {n += $NF} /Socket errors/ {gsub(/,/, ""); n += $4 + $6 + $8 + $10} END {print n + 0}' "$file")
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$5" "$rps" "$p50" "$p99" "$errs" >>"$OUT/results.tsv"
  log "  $3 c=$5: $rps req/s p50=${p50}ms p99=${p99}ms errors=$errs (load $(load_avg))"
}

# The JIT compiler's total time so far, in seconds, for a running JVM.
jit_seconds() { jstat -compiler "$1" | awk 'NR == 2 {print $4}'; }

# Loads each path in turn, JIT_ROUND s at 16 connections, until one whole round adds less than JIT_SETTLED s of JIT
# compile time (or JIT_WARMUP_MAX s have passed): measuring earlier measures the compiler at work beside the pages.
# On two cores the app's JIT kept one core busy for minutes (bench/README.md). Sets WARMED (seconds of warm-up).
warm_until_settled() { # $1 pid, $2 cookie or "", then the paths
  local pid=$1 header=() t0 before after p
  [[ -n $2 ]] && header=(-H "Cookie: $2")
  shift 2
  t0=$(date +%s)
  while :; do
    before=$(jit_seconds "$pid")
    for p in "$@"; do
      wrk -t2 -c16 -d"${JIT_ROUND}s" --timeout "${WRK_TIMEOUT}s" "${header[@]}" "$BASE$p" >/dev/null
    done
    after=$(jit_seconds "$pid")
    WARMED=$(( $(date +%s) - t0 ))
    awk -v a="$before" -v b="$after" -v s="$JIT_SETTLED" 'BEGIN { exit !(b - a < s) }' && break
    if (( WARMED >= JIT_WARMUP_MAX )); then
      log "  the JIT was still compiling after ${WARMED} s ($(awk -v a="$before" -v b="$after" 'BEGIN { print b - a }') s in the last round)"
      break
    fi
  done
  log "  JIT settled after ${WARMED} s of load ($(jit_seconds "$pid") s of compile time in all)"
}

run_reference() { # $1 size (the stage it is measured at)
  local profile=()
  [[ $DB == pg ]] && profile=(-Dquarkus.profile=pg)
  BENCH_PORT=$PORT BENCH_DATA_DIR="$REF/data" java $JAVA_OPTS "${profile[@]}" \
    -jar "$REF/target/quarkus-app/quarkus-run.jar" >"$OUT/reference-$1.log" 2>&1 &
  APP_PID=$!
  wait_for "$BASE/fortunes" "$APP_PID" "$OUT/reference-$1.log" || die "the reference did not start (reference-$1.log)"
  [[ $(curl -sf "$BASE/page?size=50" | grep -c '<tr><td>') == 50 ]] || die "the reference's /page?size=50 is not 50 rows"
  warm_until_settled "$APP_PID" "" "/page?size=50" # the same warm-up rule as the app's pages
  REF_WARMED=$WARMED
  for c in $CONNS; do measure "$1" ref "reference /page?size=50" "/page?size=50" "$c" ""; done
  stop_app
}

# Until the CPUs were at least 90 % idle over one second (at most a minute): the start time is the app's own, not
# that of a machine still busy with the previous step (PostgreSQL's autovacuum after a load, say).
wait_quiet() {
  local a b idle total i
  for _ in $(seq 1 60); do
    a=($(head -1 /proc/stat)); sleep 1; b=($(head -1 /proc/stat))
    idle=$(( b[4] + b[5] - a[4] - a[5] ))
    total=0; for i in 1 2 3 4 5 6 7 8; do total=$(( total + b[i] - a[i] )); done
    (( total > 0 && idle * 10 >= total * 9 )) && return 0
  done
  log "  the machine stayed busy for a minute; starting anyway"
}

start_app() { # $1 size (for the facts): sets APP_PID, records start to ready
  local t0 t1
  wait_quiet
  t0=$(date +%s%N)
  (cd target/quarkus-app && exec java $JAVA_OPTS "${CLASS_ARCHIVE[@]}" "${APP_ARGS[@]}" -Dquarkus.http.port="$PORT" \
    -Dquarkus.http.host=127.0.0.1 -jar quarkus-run.jar >>"$OUT/app.log" 2>&1) &
  APP_PID=$!
  wait_for "$BASE/q/health/ready" "$APP_PID" "$OUT/app.log" || die "the application did not start (app.log)"
  t1=$(date +%s%N)
  START_MS=$(((t1 - t0) / 1000000))
  log "application ready after $START_MS ms"
}

sign_in() { # $1 username: prints the session cookie, or dies
  local jar token cookie code
  jar=$(mktemp)
  token=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
  [[ -n $token ]] || die "no CSRF token on $BASE/login"
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=$token" -d "username=$1&password=demo" "$BASE/login"
  # Both cookies, as a browser sends them: without its CSRF cookie every page view would mint and set a new one.
  cookie=$(awk '$6 == "contrepoint-session" || $6 == "contrepoint-csrf" {printf "%s%s=%s", sep, $6, $7; sep = "; "}' "$jar")
  rm -f "$jar"
  [[ $cookie == *contrepoint-session=?* ]] || die "could not sign in as $1 (no session cookie)"
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$BASE/")
  [[ $code == 200 ]] || die "signed in as $1 but / answers $code"
  echo "$cookie"
}

check_page() { # $1 path, $2 cookie: one request before the load (it builds indexes, caches): must be 200
  local name code t
  name=$(tr -c 'a-zA-Z0-9' '_' <<<"$1")
  read -r code t < <(curl -s -o "$OUT/pages/$name.html" -w '%{http_code} %{time_total}\n' -H "Cookie: $2" "$BASE$1")
  [[ $code == 200 ]] || die "$1 answered $code for admin (body in $OUT/pages/$name.html)"
  log "  first request $1: ${t}s"
}

seed_posts() { # $1 count, $2 first number
  local line
  line=$(java bench/Seed.java posts "$BASE" monitor:demo "$1" "$2") || die "seeding posts failed (see above)"
  echo "$line" >>"$OUT/seed.log"
  echo "$line"
}

field() { tr ' ' '\n' <<<"$1" | awk -F= -v k="$2" '$1 == k {print $2}'; }

# ---------------------------------------------------------------- stages
log "application: first start, empty database"
start_app 0
log "templates: $TEMPLATES through the library's bulk import (/api/v1/library/import, admin)"
line=$(java bench/Seed.java templates "$BASE" admin:demo "$TEMPLATES") || die "seeding templates failed (see above)"
echo "$line" >>"$OUT/seed.log"
printf '%s\t%s\t%s\n' "$TEMPLATES" "$(field "$line" seconds)" "$(field "$line" rate)" >>"$OUT/templates.tsv"
log "  $line"

seeded=0
for size in $SIZES; do
  log "stage $size posts: intake of $((size - seeded)) posts in batches of 1,000 (load $(load_avg))"
  line=$(seed_posts $((size - seeded)) "$seeded")
  log "  $line"
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$size" $((size - seeded)) "$(field "$line" seconds)" "$(field "$line" rate)" \
    "$(field "$line" p50_ms)" "$(field "$line" p99_ms)" >>"$OUT/intake.tsv"
  seeded=$size
  [[ $DB == pg ]] && runuser -u postgres -- psql -qd "$PGDB" -c "vacuum analyze" >/dev/null

  stop_app
  log "stage $size: reference"
  run_reference "$size"
  log "stage $size: application"
  start_app "$size"
  cookie=$(sign_in admin)
  # A recent open post: the first of the queue sorted by capture time.
  check_page "/queue?sort=captured" "$cookie"
  post=$(grep -o 'href="/queue/posts/[0-9]*"' "$OUT/pages/_queue_sort_captured_.html" | head -1 | grep -o '[0-9]*' || true)
  [[ -n $post ]] || die "no post link on /queue?sort=captured"
  PAGES=("queue|/queue|/queue" "queue|/queue?platform=telegram|/queue?platform=telegram"
    "page|/queue/posts/{id} (suggestions)|/queue/posts/$post" "page|/library?q=$LIBRARY_Q|/library?q=$LIBRARY_Q"
    "page|/ (home)|/" "dashboard|/dashboard|/dashboard")
  for spec in "${PAGES[@]}"; do check_page "${spec##*|}" "$cookie"; done
  # A fresh JVM interprets the page code at first, then compiles it twice over (C1, then C2): every page is loaded
  # in turn until the JIT has settled, so that the lines measure the pages, not the compiler.
  log "  JIT warm-up: every page in turn, ${JIT_ROUND} s each, until a round adds less than ${JIT_SETTLED} s of compile time"
  paths=(); for spec in "${PAGES[@]}"; do paths+=("${spec##*|}"); done
  warm_until_settled "$APP_PID" "$cookie" "${paths[@]}"
  for spec in "${PAGES[@]}"; do
    IFS='|' read -r kind label path <<<"$spec"
    conns=$CONNS; [[ $kind == dashboard ]] && conns=$DASH_CONNS
    for c in $conns; do measure "$size" "$kind" "$label" "$path" "$c" "$cookie"; done
  done
  [[ $(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$BASE/") == 200 ]] || die "the session ended during the load"
  rss=$(( $(ps -o rss= -p "$APP_PID") / 1024 ))
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$size" "$START_MS" "$rss" "$(load_avg)" "$WARMED" "$REF_WARMED" >>"$OUT/facts.tsv"
  log "stage $size: start to ready $START_MS ms, RSS after load $rss MiB"
done
stop_app

# ---------------------------------------------------------------- summary
{
  echo "# Contrepoint benchmark ($(date -u +%Y-%m-%dT%H:%MZ), DB=$DB)"
  echo
  echo "$(nproc) cores, $(java -version 2>&1 | head -1), JAVA_OPTS='$JAVA_OPTS', MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX, class archive: ${CLASS_ARCHIVE[*]:-none}; wrk -t2 on 127.0.0.1 after the JIT warm-up (last table), ${WARMUP} s warm-up" \
    "then ${DURATION} s measured per line; signed in as admin; $TEMPLATES templates; load average at the end $(load_avg);" \
    "total $(( ($(date +%s) - T_START) / 60 )) min."
  echo
  echo "## Pages"
  echo
  echo "| page | posts | conns | req/s | p50 ms | p99 ms | errors | req/s vs reference | target met |"
  echo "|---|---|---|---|---|---|---|---|---|"
  awk -F'\t' '
    { row[NR] = $0; if ($2 == "ref") ref[$1, $4] = $5 }
    END {
      for (i = 1; i <= NR; i++) { split(row[i], f, "\t"); size = f[1]; kind = f[2]; c = f[4]; rps = f[5]; p99 = f[7]
        r = ref[size, c] > 0 ? rps / ref[size, c] : -1
        t = "–"; why = ""
        if (kind == "queue") { if (r >= 0 && r < 0.5) why = why " ratio < 0.5"; if (c == 64 && p99 >= 100) why = why " p99 ≥ 100"; t = "" }
        else if (kind == "page" && c == 64) { if (p99 >= 100) why = " p99 ≥ 100"; t = "" }
        else if (kind == "dashboard" && c == 16) { if (p99 >= 200) why = " p99 ≥ 200"; t = "" }
        if (t == "" && f[8] > 0) why = why " errors"
        if (t == "" && (rps + 0 == 0 || p99 + 0 == 0)) why = why " no answer in time"
        if (t == "") t = why == "" ? "yes" : "**no**:" why
        printf "| %s | %s | %s | %.0f | %.2f | %.2f | %d | %s | %s |\n", f[3], size, c, rps, f[6], p99, f[8],
          (kind == "ref" ? "1.00" : (r >= 0 ? sprintf("%.2f", r) : "–")), t }
    }' "$OUT/results.tsv"
  echo
  echo "Targets: pages p99 < 100 ms at 64 connections; dashboards p99 < 200 ms at 16; the queue page at least 0.5 ×" \
    "the reference's req/s (and p99 < 100 ms at 64); no errors."
  echo
  echo "## Growth (p50 ms / req/s at each size)"
  echo
  awk -F'\t' -v sizes="$SIZES" '
    BEGIN { n = split(sizes, s, " ") }
    { key = $3 " | " $4; if (!(key in seen)) { seen[key] = 1; order[++k] = key }; cell[key, $1] = sprintf("%.1f / %.0f", $6, $5) }
    END {
      printf "| page | conns |"; for (i = 1; i <= n; i++) printf " %s |", s[i]; print ""
      printf "|---|---|"; for (i = 1; i <= n; i++) printf "---|"; print ""
      for (j = 1; j <= k; j++) { printf "| %s |", order[j]; for (i = 1; i <= n; i++) printf " %s |", ((order[j], s[i]) in cell ? cell[order[j], s[i]] : "–"); print "" }
    }' "$OUT/results.tsv"
  echo
  echo "## Intake (POST /api/v1/posts, batches of 1,000, one client)"
  echo
  echo "| posts after stage | posts sent | seconds | posts/s | batch p50 ms | batch p99 ms | ≥ 2,000 posts/s |"
  echo "|---|---|---|---|---|---|---|"
  awk -F'\t' '{ printf "| %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, ($4 >= 2000 ? "yes" : "**no**") }' "$OUT/intake.tsv"
  awk -F'\t' '{ printf "\nTemplates: %s through the bulk library import in %s s (%s templates/s).\n", $1, $2, $3 }' "$OUT/templates.tsv"
  echo
  echo "## Start and memory"
  echo
  echo "| posts | start to ready ms | < 5 s | RSS after load MiB | < 512 MB | load average | JIT warm-up s (app / reference) |"
  echo "|---|---|---|---|---|---|---|"
  awk -F'\t' '{ printf "| %s | %s | %s | %s | %s | %s | %s / %s |\n", $1, $2, ($2 < 5000 ? "yes" : "**no**"), $3, ($3 * 1.048576 < 512 ? "yes" : "**no**"), $4, $5, $6 }' "$OUT/facts.tsv"
} | tee "$OUT/summary.md"
log "results in $OUT"
