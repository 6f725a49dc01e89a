#!/usr/bin/env bash
# Two Jixiao nodes behind HAProxy (round-robin, no stickiness) on one PostgreSQL, on this machine:
# signs in through node A, saves a sheet through node B (with the form and CSRF token node A rendered), reads it
# back through the balancer, and signs out through B to see the session end on A.
#
#   bench/two-nodes.sh            # KEEP=1 leaves everything running (balancer on :$LB_PORT) for bench/deadline.py
#
# Needs: JDK 17, Debian's postgresql-15 (a private server under target/two-nodes/pg, never the machine's cluster),
# haproxy (apt-get install haproxy), curl, python3. Builds the jar if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT_A=${PORT_A:-8491} PORT_B=${PORT_B:-8492} LB_PORT=${LB_PORT:-8490} DB_PORT=${DB_PORT:-54591}
WORK=target/two-nodes
PG_BIN=/usr/lib/postgresql/15/bin
command -v haproxy >/dev/null || { echo "needs haproxy (apt-get install haproxy)"; exit 1; }
[ -x "$PG_BIN/initdb" ] || { echo "needs Debian's postgresql-15"; exit 1; }
ls target/jixiao-*.jar >/dev/null 2>&1 || ./mvnw -q -B -DskipTests package

as_postgres() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    as_postgres "$PG_BIN/pg_ctl" -D "$PWD/$WORK/pg" -m fast stop >/dev/null 2>&1 || true
}
[ "${KEEP:-0}" = 1 ] || trap cleanup EXIT

# One PostgreSQL 15, its roles as in production (docker/initdb): owner migrates, the app runs as jixiao_app.
rm -rf "$WORK" && mkdir -p "$WORK/pg"
# A copy: a build while the nodes run would replace the jar under them.
cp "$(ls target/jixiao-*.jar | head -1)" "$WORK/jixiao.jar"
JAR="$WORK/jixiao.jar"
[ "$(id -u)" = 0 ] && chown -R postgres "$WORK"
as_postgres "$PG_BIN/initdb" -D "$PWD/$WORK/pg" -U postgres -A trust -E UTF8 --no-locale >/dev/null
as_postgres "$PG_BIN/pg_ctl" -D "$PWD/$WORK/pg" -w -l "$PWD/$WORK/pg.log" \
    -o "-p $DB_PORT -k $PWD/$WORK/pg -c listen_addresses=localhost -c max_connections=200" start >/dev/null
psql -X -q -h localhost -p "$DB_PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 <<'SQL'
create database jixiao;
create role jixiao_owner login password 'owner-pw';
create role jixiao_app login password 'app-pw';
\c jixiao
alter schema public owner to jixiao_owner;
SQL

node() { # $1 port, then extra arguments
    local port=$1; shift
    java -Xmx512m -jar "$JAR" --server.port="$port" \
        --spring.datasource.url="jdbc:postgresql://localhost:$DB_PORT/jixiao" \
        --spring.datasource.username=jixiao_app --spring.datasource.password=app-pw \
        --spring.flyway.user=jixiao_owner --spring.flyway.password=owner-pw \
        --jixiao.audit.key-file="$WORK/audit-hmac.key" --jixiao.seed.load=true --jixiao.demo-users=true \
        --logging.level.root=warn "$@" > "$WORK/node-$port.log" 2>&1 &
    PIDS+=($!)
}
ready() { for _ in $(seq 1 600); do curl -fs -o /dev/null "http://localhost:$1/actuator/health/readiness" && return 0; sleep 1; done
          echo "node on $1 did not get ready: see $WORK/node-$1.log"; exit 1; }
# Node A migrates and loads the seed first (and takes this script's arguments, e.g. the data generator's);
# node B then starts on the same database.
node "$PORT_A" "${@}"; ready "$PORT_A"
node "$PORT_B"; ready "$PORT_B"

cat > "$WORK/haproxy.cfg" <<CFG
global
    maxconn 4096
defaults
    mode http
    timeout connect 5s
    timeout client 60s
    timeout server 60s
frontend jixiao
    bind 127.0.0.1:$LB_PORT
    default_backend nodes
backend nodes
    balance roundrobin
    option httpchk GET /actuator/health/readiness
    server a 127.0.0.1:$PORT_A check
    server b 127.0.0.1:$PORT_B check
CFG
haproxy -f "$WORK/haproxy.cfg" > "$WORK/haproxy.log" 2>&1 &
PIDS+=($!)
sleep 2
echo "two nodes on :$PORT_A and :$PORT_B, HAProxy on :$LB_PORT, PostgreSQL 15 on :$DB_PORT"

SHEET=$(psql -X -A -t -h localhost -p "$DB_PORT" -U postgres -d jixiao -c "select s.id from score_sheet s
    join project p on p.id = s.project_id join department d on d.id = p.department_id
    where d.name = '示例部门' and s.status = 'DRAFT' order by s.id limit 1")
python3 - "$PORT_A" "$PORT_B" "$LB_PORT" "$SHEET" <<'PY'
import http.cookiejar, re, sys, time, urllib.parse, urllib.request
sys.path.insert(0, "bench")
from save import FormFields  # the editor form as a browser sends it

a, b, lb = (f"http://localhost:{p}" for p in sys.argv[1:4])
sheet_id = sys.argv[4]
jar = http.cookiejar.CookieJar()  # one browser: its cookie goes to whichever node answers

class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None

opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)

def call(url, form=None):
    data = urllib.parse.urlencode(form).encode() if form is not None else None
    try:
        with opener.open(urllib.request.Request(url, data=data), timeout=180) as r:  # cold nodes on a busy machine
            return r.status, r.headers, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read().decode()

def csrf(html):
    return re.search(r'name="_csrf"[^>]*value="([^"]+)"', html).group(1)

_, _, login = call(a + "/login")
status, headers, _ = call(a + "/login", {"username": "officer2", "password": "jixiao-demo", "_csrf": csrf(login)})
assert status == 302 and headers["Location"] == "/", (status, headers["Location"])
print("signed in on node A")
status, _, home = call(b + "/")
assert status == 200, "node B does not know the session"
status, _, page = call(a + f"/sheets/{sheet_id}/edit")
assert status == 200 and 'id="sheet-form"' in page, status
form = FormFields(); form.feed(page); fields = form.fields
goal = f"两节点保存 {time.time():.0f}"
fields["expectedGoal"] = goal
fields["action"] = "save"
status, headers, body = call(b + f"/sheets/{sheet_id}/edit", fields)
assert status == 302 and "login" not in headers["Location"], (status, headers.get("Location"), body[:300])
print(f"saved sheet {sheet_id} through node B with node A's form and CSRF token")
reads = [call(lb + f"/sheets/{sheet_id}/edit")[2] for _ in range(4)]
assert all(goal in r for r in reads), "a node behind the balancer did not show the save"
print("4 reads through HAProxy (both nodes, round-robin) show the saved goal")
status, headers, _ = call(b + "/logout", {"_csrf": csrf(home)})
assert headers["Location"] == "/login?logout"
assert call(a + "/")[1]["Location"] == "/login"
print("signed out on node B: node A asks to sign in again")
print("OK")
PY
