#!/usr/bin/env python3
"""CPU time one node spends per editor action, measured on the node's process (not timed by the client).

Usage: bench/editor_cpu.py BASE_URL USERNAME SHEET_ID [N]
  e.g. bench/editor_cpu.py http://localhost:8491 dl-officer-1 2 200   (users of bench/deadline.py, password jixiao-demo)
Finds the node's JVM by its --server.port (as bench/two-nodes.sh starts it), signs in, then for each action (open the
editor, preview, save, autosave) runs N warm-up calls and N measured calls one after another, each on a freshly
opened form with a changed 全年执行数 and 实际完成情况, and prints the node's CPU (user + system, /proc) per call and
the client's wall time per call. Run it on an otherwise idle machine; the warm-up matters (JIT).
"""
import os
import random
import subprocess
import sys
import time
import urllib.parse

sys.path.insert(0, os.path.dirname(__file__))
from save import Browser, FormFields  # noqa: E402

BASE, USER, SHEET = sys.argv[1], sys.argv[2], sys.argv[3]
N = int(sys.argv[4]) if len(sys.argv) > 4 else 200
PORT = urllib.parse.urlparse(BASE).port
PID = int(subprocess.run(["pgrep", "-f", f"server.port={PORT}"], capture_output=True, text=True).stdout.split()[0])
TICK = os.sysconf("SC_CLK_TCK")


def node_cpu():
    fields = open(f"/proc/{PID}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK


browser = Browser(BASE)
if browser.sign_in(USER) != "ok":
    sys.exit(f"could not sign in as {USER}")


def changed_form():
    _, _, page = browser.call(f"/sheets/{SHEET}/edit")
    form = FormFields()
    form.feed(page.decode())
    fields = form.fields
    for key in fields:
        if key.endswith(".executed") and "TOTAL" not in key and fields[key]:
            fields[key] = f"{random.uniform(1, 50):.2f}"
            break
    fields["actualResult"] = f"截至 {time.time()} 已完成"
    return fields


ACTIONS = {
    "open editor": lambda f: browser.call(f"/sheets/{SHEET}/edit"),
    "preview": lambda f: browser.call(f"/sheets/{SHEET}/edit/preview", f),
    "save": lambda f: browser.call(f"/sheets/{SHEET}/edit", dict(f, action="save")),
    "autosave": lambda f: browser.call(f"/sheets/{SHEET}/edit/autosave", f),
}
print(f"{'action':<12}{'status':>7}{'bytes':>8}{'node CPU ms':>13}{'wall ms':>9}   ({N} calls after {N} warm-up)")
for name, action in ACTIONS.items():
    for measured in (False, True):
        cpu = wall = 0.0
        for _ in range(N):
            fields = changed_form()
            before, start = node_cpu(), time.perf_counter()
            status, _, body = action(fields)
            wall += time.perf_counter() - start
            cpu += node_cpu() - before
        if measured:
            print(f"{name:<12}{status:>7}{len(body):>8}{1000 * cpu / N:>13.1f}{1000 * wall / N:>9.1f}")
