#!/usr/bin/env bash
# Dashboard and home pages at a million posts (bench/dashboard/README.md). Needs a jar built with the bench profile
# (./mvnw package -DskipTests -Dquarkus.profile=bench) and wrk. Creates and seeds DB once (SEED=1 to redo it).
# Knobs: DB [contrepoint_dash_bench], PORT [8087], CONNS [16], DURATION [15] s, WARMUP [5] s, JAVA_OPTS [-Xmx512m]
set -euo pipefail
cd "$(dirname "$0")/../.."
DB=${DB:-contrepoint_dash_bench}
PORT=${PORT:-8087}
CONNS=${CONNS:-16}
DURATION=${DURATION:-15}
WARMUP=${WARMUP:-5}
JAVA_OPTS=${JAVA_OPTS:--Xmx512m}
BASE="http://127.0.0.1:$PORT"
psql_() { runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qAt "$@"; }

fresh=0
if [[ ${SEED:-0} == 1 ]] || ! psql_ -lqt | cut -d'|' -f1 | grep -qx "$DB"; then
  psql_ -c "drop database if exists $DB"
  psql_ -c "create database $DB encoding 'UTF8' template template0"
  fresh=1
fi

start_app() {
  CONTREPOINT_DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" java $JAVA_OPTS -Dquarkus.profile=bench \
    -Dquarkus.http.port="$PORT" -Dquarkus.http.host=127.0.0.1 -jar target/quarkus-app/quarkus-run.jar \
    >/tmp/dashboard-bench-app.log 2>&1 &
  APP_PID=$!
  until curl -sf -o /dev/null "$BASE/q/health/ready"; do kill -0 "$APP_PID"; sleep 0.2; done
}
trap '[[ -n ${APP_PID:-} ]] && kill "$APP_PID" 2>/dev/null || true' EXIT

start_app
if [[ $fresh == 1 ]]; then
  echo "seeding (several minutes)" >&2
  psql_ -d "$DB" -f bench/dashboard/seed.sql >/dev/null
  psql_ -d "$DB" -c "vacuum analyze"
fi

cookie_for() { # $1 username
  local jar token
  jar=$(mktemp)
  token=$(curl -s -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"//')
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "_csrf=$token" -d "username=$1&password=demo" "$BASE/login"
  # Both cookies, as a browser sends them: without its CSRF cookie every page view would mint and set a new one.
  awk '$6 == "contrepoint-session" || $6 == "contrepoint-csrf" {printf "%s%s=%s", sep, $6, $7; sep = "; "}' "$jar"
}
ADMIN=$(cookie_for admin)
MANAGER=$(cookie_for manager)

first() { # time of the first (uncounted) request for a filter
  curl -s -o /dev/null -w "%{http_code} %{time_total}s" -H "Cookie: $2" "$BASE$1"
}
# The JIT compiles the page code during the first seconds of load: warm every page up once before measuring.
for path in "/dashboard?period=30&narrative=martyrdom" "/"; do
  wrk -t2 -c"$CONNS" -d"${JIT_WARMUP:-20}s" -H "Cookie: $ADMIN" "$BASE$path" >/dev/null
done
echo "| page | first request (computes) | req/s | p50 | p99 | non-2xx |"
echo "|---|---|---|---|---|---|"
for spec in "admin /dashboard" "admin /dashboard?period=90" "manager /dashboard?period=7&platform=telegram" \
    "admin /dashboard/export/delays.csv?period=30" "admin /" "manager /"; do
  who=${spec%% *}; path=${spec#* }
  c=$ADMIN; [[ $who == manager ]] && c=$MANAGER
  f=$(first "$path" "$c")
  wrk -t2 -c"$CONNS" -d"${WARMUP}s" -H "Cookie: $c" "$BASE$path" >/dev/null
  out=$(wrk -t2 -c"$CONNS" -d"${DURATION}s" --latency -H "Cookie: $c" "$BASE$path")
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errs=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
  echo "| $who $path | $f | $rps | $p50 | $p99 | ${errs:-0} |"
done
