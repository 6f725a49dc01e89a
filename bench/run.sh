#!/usr/bin/env bash
# Jixiao performance benchmark — one machine, one run, everything side by side.
#
#   bench/run.sh                 # province scale: 100 departments, 50,000 projects
#   PROJECTS=10000 bench/run.sh  # smaller, for a quick look
#   ONLY=province bench/run.sh   # only the province dashboard step (data generated, then stop)
#
# Needs: JDK 17, wrk and psql (Debian: apt-get install wrk postgresql-client), curl, jstat, python3.
# Builds the jar, starts Jixiao on its own embedded PostgreSQL under target/bench-db (kept between
# runs; the generator is idempotent), fills it with one province-scale year, then measures:
#   - the JDBC baseline (same rows as the 汇总表, minimal template) vs the real 汇总表 of a
#     500-project department, with wrk at 16/32/64 connections after a warm-up;
#   - the 自评表 page, and sheet saves through the real editor form (bench/save.py);
#   - how the 汇总表 grows at 50, 500 and 5,000 projects in a department;
#   - the annual export of all projects, in a second JVM limited to -Xmx256m, with its peak heap;
#   - the auditors' province dashboard (every department's sums from the database), JSON and page.
set -euo pipefail
cd "$(dirname "$0")/.."

PROJECTS=${PROJECTS:-50000}
DEPARTMENTS=${DEPARTMENTS:-100}
YEAR=2025
PORT=${PORT:-8390}
DB_PORT=${DB_PORT:-54500}
DURATION=${DURATION:-20s}
BASE="http://localhost:$PORT"
DB_DIR=target/bench-db
RESULTS=target/bench-results.txt
mkdir -p target   # a fresh clone has none until the build
: > "$RESULTS"

say() { echo "$*" | tee -a "$RESULTS"; }   # stdout and the results file

for tool in wrk psql curl jstat; do
    command -v "$tool" >/dev/null || { echo "bench needs $tool (Debian: apt-get install wrk postgresql-client)"; exit 1; }
done

./mvnw -q -B -DskipTests package
JAR=$(ls target/jixiao-*.jar | head -1)

sql() { psql -h localhost -p "$DB_PORT" -U postgres -d postgres -Atqc "$1"; }

APP_PID=""
start_app() { # $1 = heap, then extra application arguments
    local heap=$1; shift
    java "-Xmx$heap" -jar "$JAR" "$@" --server.port="$PORT" --jixiao.embedded-db.directory="$DB_DIR" \
        --jixiao.embedded-db.port="$DB_PORT" --jixiao.bench.enabled=true \
        --jixiao.generate.projects="$PROJECTS" --jixiao.generate.departments="$DEPARTMENTS" \
        --jixiao.generate.year="$YEAR" --logging.level.root=warn > target/bench-app.log 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 600); do
        if curl -s -o /dev/null "$BASE/login"; then return 0; fi
        sleep 1
    done
    echo "app did not start; see target/bench-app.log"; exit 1
}
stop_app() { if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi; }
trap stop_app EXIT


say "== Jixiao benchmark $(date -u +%FT%TZ)"
say "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"

start_app 1g
# The generator runs once the web server is up: wait until the year is complete.
for _ in $(seq 1 900); do
    [ "$(sql "select count(*) from project where fiscal_year = $YEAR" 2>/dev/null || echo 0)" -ge "$PROJECTS" ] && break
    sleep 1
done
grep -h "Generated" target/bench-app.log | tee -a "$RESULTS" || true
# Demo users exist once start-up (generation included) is complete.
sleep 5
COOKIE=$(bench/login.sh "$BASE" auditor jixiao-demo)

dept_with() { sql "select department_id from project where fiscal_year = $YEAR group by department_id having count(*) = $1 order by department_id limit 1"; }
D5000=$(dept_with 5000); D500=$(dept_with 500); D50=$(dept_with 50)
SHEET=$(sql "select s.id from score_sheet s join project p on p.id = s.project_id where p.department_id = $D500 order by s.id limit 1")
say "departments: 5000 → $D5000, 500 → $D500, 50 → $D50; sheet $SHEET"

BASELINE="$BASE/bench/baseline/departments/$D500/years/$YEAR"
check_ok() { # refuses to measure redirects to the login page or errors
    local code
    code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $COOKIE" "$1")
    [ "$code" = 200 ] || { echo "GET $1 answered $code, not 200: sign-in failed?"; exit 1; }
}
SUMMARY="$BASE/departments/$D500/years/$YEAR/summary"

mean_ms() { # single client: mean time of 10 requests after 3 warm-ups, in ms
    local total=0 t
    for _ in 1 2 3; do curl -s -o /dev/null -H "Cookie: $COOKIE" "$1"; done
    for _ in $(seq 1 10); do
        t=$(curl -s -o /dev/null -w '%{time_total}' -H "Cookie: $COOKIE" "$1")
        total=$(awk -v a="$total" -v b="$t" 'BEGIN { print a + b }')
    done
    awk -v t="$total" 'BEGIN { printf "%.0f", t * 100 }'
}

say "-- province dashboard, all $DEPARTMENTS departments and $PROJECTS projects summed by the database (single client, mean of 10 after 3 warm-ups; load average $(cut -d' ' -f1-3 /proc/loadavg))"
PROVINCE_JSON="$BASE/dashboard/province/data?year=$YEAR"
PROVINCE_PAGE="$BASE/dashboard/province?year=$YEAR"
check_ok "$PROVINCE_JSON"; check_ok "$PROVINCE_PAGE"
say "$(printf 'province JSON: %6s ms, %s bytes' "$(mean_ms "$PROVINCE_JSON")" "$(curl -s -H "Cookie: $COOKIE" "$PROVINCE_JSON" | wc -c)")"
say "$(printf 'province page: %6s ms' "$(mean_ms "$PROVINCE_PAGE")")"
if [ "${ONLY:-}" = province ]; then stop_app; say "results in $RESULTS"; exit 0; fi
SHEET_PAGE="$BASE/sheets/$SHEET"

run_wrk() { # $1 label, $2 connections, $3 url
    local out
    out=$(wrk -t2 -c"$2" -d"$DURATION" --timeout 10s --latency -H "Cookie: $COOKIE" "$3")
    local rps p50 p99 non2xx
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    p50=$(echo "$out" | awk '$1 == "50%" {print $2}')
    p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
    non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
    say "$(printf '%-16s c=%-3s %9s req/s  p50 %-9s p99 %-9s %s' "$1" "$2" "$rps" "$p50" "$p99" "${non2xx:+non-2xx: $non2xx}")" >&2
    echo "$rps"
}

check_ok "$BASELINE"; check_ok "$SUMMARY"; check_ok "$SHEET_PAGE"
say "-- warm-up"
wrk -t2 -c16 -d15s -H "Cookie: $COOKIE" "$BASELINE" >/dev/null
wrk -t2 -c16 -d15s -H "Cookie: $COOKIE" "$SUMMARY" >/dev/null
wrk -t2 -c16 -d10s -H "Cookie: $COOKIE" "$SHEET_PAGE" >/dev/null

say "-- throughput (500-project department)"
declare -A RATIO
for c in 16 32 64; do
    b=$(run_wrk "baseline (JDBC)" "$c" "$BASELINE" | tail -1)
    s=$(run_wrk "汇总表" "$c" "$SUMMARY" | tail -1)
    RATIO[$c]=$(awk -v s="$s" -v b="$b" 'BEGIN { printf "%.0f%%", 100 * s / b }')
done
for c in 16 32 64; do say "汇总表 ÷ baseline at c=$c: ${RATIO[$c]}"; done
run_wrk "自评表 page" 32 "$SHEET_PAGE" >/dev/null

say "-- sheet save (a DRAFT of the 500-project department, by its officer)"
# Generated departments have no users: give the 500-project department a demo officer.
sql "insert into app_user (username, password_hash, display_name, role, department_id, demo_account)
     select 'bench-officer', password_hash, '基准测试填报人', 'OFFICER', $D500, true from app_user
     where username = 'officer' on conflict do nothing" >/dev/null
SAVE_SHEET=$(sql "select s.id from score_sheet s join project p on p.id = s.project_id
                  where p.department_id = $D500 and s.status = 'DRAFT' order by s.id limit 1")
python3 bench/save.py "$BASE" "$(bench/login.sh "$BASE" bench-officer jixiao-demo)" "$SAVE_SHEET" 30 >/dev/null
python3 bench/save.py "$BASE" "$(bench/login.sh "$BASE" bench-officer jixiao-demo)" "$SAVE_SHEET" 200 | tee -a "$RESULTS"

say "-- 汇总表 while its officer saves one sheet after another, each save changing its 全年执行数 (its row)"
python3 bench/save.py "$BASE" "$(bench/login.sh "$BASE" bench-officer jixiao-demo)" "$SAVE_SHEET" 100000 visible \
    >/dev/null &
SAVER=$!
run_wrk "汇总表 + saves" 32 "$SUMMARY" >/dev/null
kill "$SAVER" 2>/dev/null || true; wait "$SAVER" 2>/dev/null || true

stop_app

say "-- the same without the rendered-rows cache (--jixiao.summary.rows-cache-mb=0): every request renders"
start_app 1g --jixiao.summary.rows-cache-mb=0
COOKIE=$(bench/login.sh "$BASE" auditor jixiao-demo)
wrk -t2 -c16 -d15s -H "Cookie: $COOKIE" "$SUMMARY" >/dev/null
run_wrk "汇总表 (no cache)" 32 "$SUMMARY" >/dev/null
say "-- 汇总表 growth, every request rendered (single client, mean of 10 after 3 warm-ups)"
for size in 50 500 5000; do
    d=$(dept_with "$size")
    url="$BASE/departments/$d/years/$YEAR/summary"
    say "$(printf '%5s projects: %6s ms' "$size" "$(mean_ms "$url")")"
done
stop_app

say "-- annual export, all $PROJECTS projects, -Xmx256m"
start_app 256m
sleep 5
COOKIE=$(bench/login.sh "$BASE" auditor jixiao-demo)
EXPORT_URL="$BASE/exports/scores-$YEAR.xlsx"
if [ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $COOKIE" "$EXPORT_URL?department=$D50")" = 200 ]; then
    peak_file=$(mktemp)
    ( peak=0; while kill -0 "$APP_PID" 2>/dev/null; do
          # jstat -gc: S0U S1U EU OU are the used KiB of the survivor, eden and old spaces.
          used=$(jstat -gc "$APP_PID" 2>/dev/null | awk 'NR == 2 {printf "%.0f", $3 + $4 + $6 + $8}')
          used=${used:-0}
          [ "$used" -gt "$peak" ] && peak=$used && echo "$peak" > "$peak_file"
          sleep 0.2
      done ) &
    SAMPLER=$!
    t=$(curl -s -o target/bench-export.xlsx -w '%{time_total}' -H "Cookie: $COOKIE" "$EXPORT_URL")
    kill "$SAMPLER" 2>/dev/null || true
    say "$(printf 'export: %.1f s, %s bytes, peak heap used %s MiB (limit 256 MiB)' "$t" "$(stat -c %s target/bench-export.xlsx)" "$(awk '{printf "%.0f", $1/1024}' "$peak_file")")"
else
    say "export endpoint not available in this build"
fi
stop_app
say "results in $RESULTS"
