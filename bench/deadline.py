#!/usr/bin/env python3
"""Deadline day: a mixed workload of officers, heads and auditors for a fixed time, as their browsers do it.

Usage: bench/deadline.py BASE_URL DB_PORT [SECONDS] [OFFICERS HEADS AUDITORS]
  BASE_URL  one node (http://localhost:8491) or the balancer in front of two (bench/two-nodes.sh, KEEP=1)
  DB_PORT   the PostgreSQL the nodes share (psql as postgres): users are created there once (password
            jixiao-demo, demo accounts), one officer per DRAFT sheet of the generated year, one head per department.
Environment:
  RAMP=30        everyone signs in at a random moment of the first RAMP seconds (a storm is RAMP=0); the actions
                 are counted from the end of the ramp for SECONDS, sign-ins always
  SAVE_EVERY=4   an officer presses 保存草稿 after every SAVE_EVERY-th change
  PREVIEW=1      each change is previewed, as static/js/sheet-editor.js does while the officer types (0: never)
Each officer, as the editor page works: open the 自评表 editor; then again and again: think 3-6 s, change
全年执行数 and the 实际完成情况, preview it (POST …/edit/preview); every SAVE_EVERY-th change save it (POST, CSRF and
version included) and open the editor again (the redirect after 保存草稿); between saves, once a minute, an autosave
(POST …/edit/autosave, static/js/autosave.js) of a changed form. The stress case of earlier runs, a save after
every change and no preview, is SAVE_EVERY=1 PREVIEW=0. Each head: open the 汇总表 of the department, think 5-10 s,
open a sheet, think. Each auditor: export the department's score table (.csv), think 10-20 s. Prints per action:
count, rate, p50, p95, p99, max and errors (any status but the expected one, or a conflict page), the machine's
load average and this client's own CPU time (it shares the machine with the nodes).
"""
import json
import os
import random
import re
import subprocess
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import save  # noqa: E402
from save import FormFields  # noqa: E402

BASE, DB_PORT = sys.argv[1], sys.argv[2]
SECONDS = int(sys.argv[3]) if len(sys.argv) > 3 else 60
OFFICERS, HEADS, AUDITORS = (int(x) for x in sys.argv[4:7]) if len(sys.argv) > 6 else (300, 20, 5)
YEAR = 2025
RAMP = int(os.environ.get("RAMP", "30"))
SAVE_EVERY = int(os.environ.get("SAVE_EVERY", "4"))
PREVIEW = os.environ.get("PREVIEW", "1") == "1"
AUTOSAVE_INTERVAL = 60


def sql(query):
    return subprocess.run(["psql", "-X", "-A", "-t", "-q", "-h", "localhost", "-p", DB_PORT, "-U", "postgres",
                           "-d", "jixiao", "-c", query], check=True, capture_output=True, text=True).stdout.split()


def setup():
    """Users for the generated year: officer i on the i-th DRAFT sheet's department, heads, auditors."""
    sql(f"""
      insert into app_user (username, password_hash, display_name, role, department_id, demo_account)
      select 'dl-officer-' || n, (select password_hash from app_user where username = 'officer'), '填报人' || n,
             'OFFICER', department_id, true
      from (select row_number() over (order by s.id) as n, p.department_id from score_sheet s
            join project p on p.id = s.project_id where p.fiscal_year = {YEAR} and s.status = 'DRAFT') d
      where n <= {OFFICERS} on conflict do nothing;
      insert into app_user (username, password_hash, display_name, role, department_id, demo_account)
      select 'dl-head-' || n, (select password_hash from app_user where username = 'head'), '负责人' || n,
             'HEAD', department_id, true
      from (select row_number() over (order by department_id) as n, department_id
            from (select distinct department_id from project where fiscal_year = {YEAR}) x) d
      where n <= {HEADS} on conflict do nothing;
      insert into app_user (username, password_hash, display_name, role, all_departments, demo_account)
      select 'dl-auditor-' || n, (select password_hash from app_user where username = 'auditor'), '审计' || n,
             'AUDITOR', true, true from generate_series(1, {AUDITORS}) n on conflict do nothing;""")
    sheets = sql(f"""select s.id || ',' || p.department_id from score_sheet s join project p on p.id = s.project_id
                     where p.fiscal_year = {YEAR} and s.status = 'DRAFT' order by s.id limit {OFFICERS}""")
    heads = sql(f"""select u.username || ',' || u.department_id || ',' || min(s.id) from app_user u
                    join project p on p.department_id = u.department_id and p.fiscal_year = {YEAR}
                    join score_sheet s on s.project_id = p.id
                    where u.username like 'dl-head-%' group by u.username, u.department_id""")
    return [tuple(map(int, x.split(","))) for x in sheets], [x.split(",") for x in heads]


class Browser(save.Browser):
    def __init__(self):
        super().__init__(BASE)

    def sign_in(self, username):
        """Timed as "sign in" (the login page and the POST); False (and an error: the status, or where the
        redirect went) when the user is not signed in."""
        start = time.perf_counter()
        status = super().sign_in(username)
        with lock:
            samples.setdefault("sign in", []).append((time.perf_counter() - start) * 1000)
            if status != "ok":
                errors.setdefault("sign in", []).append(status)
        return status == "ok"


samples, errors, lock = {}, {}, threading.Lock()
measure_from = 0.0  # actions are counted from the end of the ramp


def timed(action, call, ok=(200,)):
    start = time.perf_counter()
    counted = time.time() >= measure_from
    status, headers, body = call()
    ms = (time.perf_counter() - start) * 1000
    if counted:
        with lock:
            samples.setdefault(action, []).append(ms)
            if status not in ok:
                errors.setdefault(action, []).append(status)
    return status, headers, body


VERSION = re.compile(rb'name="version" value="(\d+)"')


def officer(n, sheet, stop):
    time.sleep(random.uniform(0, RAMP))
    b = Browser()
    if not b.sign_in(f"dl-officer-{n}"):
        return
    _, _, page = timed("open editor", lambda: b.call(f"/sheets/{sheet}/edit"))
    # The form is read once; afterwards only its version changes (nobody else edits this sheet), which keeps this
    # client's own CPU out of the nodes' way.
    form = FormFields()
    form.feed(page.decode())
    fields = form.fields
    if "version" not in fields:
        with lock:
            errors.setdefault("open editor", []).append("no form")
        return
    funds = next((k for k in fields if k.endswith(".executed") and "TOTAL" not in k and fields[k]), None)
    changes, last_save, changed = 0, time.time(), False
    while time.time() < stop:
        time.sleep(random.uniform(3, 6))
        if funds:
            fields[funds] = f"{random.uniform(1, 50):.2f}"
        fields["actualResult"] = f"截至 {time.strftime('%H:%M:%S')} 已完成"
        changes, changed = changes + 1, True
        if PREVIEW:
            timed("preview", lambda: b.call(f"/sheets/{sheet}/edit/preview", fields))
        if changes % SAVE_EVERY == 0:
            status, headers, _ = timed("save", lambda: b.call(f"/sheets/{sheet}/edit", dict(fields, action="save")),
                                       ok=(302,))
            if status == 302 and "login" in headers.get("Location", ""):
                with lock:
                    errors.setdefault("save", []).append("signed out")
            _, _, page = timed("open editor", lambda: b.call(f"/sheets/{sheet}/edit?saved"))
            version = VERSION.search(page)
            if version:
                fields["version"] = version.group(1).decode()
            last_save, changed = time.time(), False
        elif changed and time.time() - last_save >= AUTOSAVE_INTERVAL:
            status, _, body = timed("autosave", lambda: b.call(f"/sheets/{sheet}/edit/autosave", fields))
            if status == 200:
                fields["version"] = str(json.loads(body)["version"])
            last_save, changed = time.time(), False


def head(username, department, sheet, stop):
    time.sleep(random.uniform(0, RAMP))
    b = Browser()
    if not b.sign_in(username):
        return
    time.sleep(random.uniform(0, 5))
    while time.time() < stop:
        timed("汇总表", lambda: b.call(f"/departments/{department}/years/{YEAR}/summary"))
        time.sleep(random.uniform(5, 10))
        timed("review sheet", lambda: b.call(f"/sheets/{sheet}"))
        time.sleep(random.uniform(3, 6))


def auditor(n, departments, stop):
    time.sleep(random.uniform(0, RAMP))
    b = Browser()
    if not b.sign_in(f"dl-auditor-{n}"):
        return
    time.sleep(random.uniform(0, 5))
    while time.time() < stop:
        department = random.choice(departments)
        timed("export .csv", lambda: b.call(f"/exports/scores-{YEAR}.csv?department={department}"))
        time.sleep(random.uniform(10, 20))


def pct(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main():
    sheets, heads = setup()
    print(f"{len(sheets)} officers, {len(heads)} heads, {AUDITORS} auditors against {BASE} for {RAMP} + {SECONDS} s; "
          f"load average before: {open('/proc/loadavg').read().split()[:3]}")
    lock_waits_before = sql("select coalesce(sum(n_tup_upd), 0) from pg_stat_user_tables where relname = 'audit_chain_head'")
    global measure_from
    measure_from = time.time() + RAMP
    stop = measure_from + SECONDS
    client_cpu = sum(os.times()[:2])
    threads = [threading.Thread(target=officer, args=(i + 1, s, stop)) for i, (s, _) in enumerate(sheets)]
    threads += [threading.Thread(target=head, args=(u, d, s, stop)) for u, d, s in heads]
    departments = sorted({d for _, d in sheets})
    threads += [threading.Thread(target=auditor, args=(i + 1, departments, stop)) for i in range(AUDITORS)]
    waits = []

    def sample_lock_waits():
        # Backends waiting for a row lock while appending to the audit chain (the head row, UPDATE … FOR UPDATE).
        time.sleep(max(0.0, measure_from - time.time()))
        while time.time() < stop:
            waits.append(int(sql("select count(*) from pg_stat_activity where wait_event_type = 'Lock' "
                                 "and query like '%audit_chain_head%'")[0]))
            time.sleep(0.25)

    threads.append(threading.Thread(target=sample_lock_waits))
    started = time.time()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.time() - max(started, measure_from)
    print(f"ramp {RAMP} s, then {elapsed:.0f} s counted; SAVE_EVERY={SAVE_EVERY} PREVIEW={int(PREVIEW)}; "
          f"this client's CPU: {sum(os.times()[:2]) - client_cpu:.0f} s")
    print(f"load average after: {open('/proc/loadavg').read().split()[:3]}; audit head updates: "
          f"{int(sql('select coalesce(sum(n_tup_upd), 0) from pg_stat_user_tables where relname = ' + chr(39) + 'audit_chain_head' + chr(39))[0]) - int(lock_waits_before[0])}")
    if waits:
        print(f"audit head lock: waiters in {100 * sum(1 for w in waits if w) / len(waits):.0f}% of {len(waits)} samples, "
              f"mean {sum(waits) / len(waits):.2f}, max {max(waits)}")
    print(f"{'action':<14}{'count':>7}{'per s':>8}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'max ms':>9}  errors")
    for action, values in sorted(samples.items()):
        errs = errors.get(action, [])
        print(f"{action:<14}{len(values):>7}{len(values) / elapsed:>8.1f}{pct(values, 50):>9.0f}{pct(values, 95):>9.0f}"
              f"{pct(values, 99):>9.0f}{max(values):>9.0f}  {len(errs)} {sorted(set(map(str, errs)))[:5] if errs else ''}")


if __name__ == "__main__":
    main()
