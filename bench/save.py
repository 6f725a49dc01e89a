#!/usr/bin/env python3
"""Times sheet saves through the real editor form: GET the form, change one value, POST it.

Usage: bench/save.py BASE_URL 'JSESSIONID=…' SHEET_ID [SAVES] [visible]
With "visible", each save also changes the 全年执行数 (so the sheet's 汇总表 row changes too).
Only the POST (validate, score, write, audit, commit) is timed; saves run one after another,
as an officer works. Prints p50/p95/p99 in ms.
"""
import http.cookiejar
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from html.parser import HTMLParser


class FormFields(HTMLParser):
    """The name → value pairs a browser would send for form#sheet-form."""

    def __init__(self):
        super().__init__()
        self.fields, self.in_form, self.textarea, self.select = {}, False, None, None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and a.get("id") == "sheet-form":
            self.in_form = True
        if not self.in_form or "name" not in a and tag != "option":
            return
        if tag == "input" and a.get("type") not in ("submit", "button", "checkbox", "radio"):
            self.fields[a["name"]] = a.get("value") or ""
        elif tag == "textarea":
            self.textarea = a["name"]
            self.fields[self.textarea] = ""
        elif tag == "select":
            self.select = a["name"]
            self.fields.setdefault(self.select, "")
        elif tag == "option" and self.select and "selected" in a:
            self.fields[self.select] = a.get("value") or ""

    def handle_endtag(self, tag):
        if tag == "form":
            self.in_form = False
        elif tag == "textarea":
            self.textarea = None
        elif tag == "select":
            self.select = None

    def handle_data(self, data):
        if self.textarea:
            self.fields[self.textarea] += data


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Browser:
    """A browser's cookie jar against BASE_URL, redirects not followed (their status and Location are what is
    checked). Used by bench/deadline.py and bench/editor_cpu.py."""

    def __init__(self, base):
        self.base = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect)

    def call(self, path, form=None):
        data = urllib.parse.urlencode(form).encode() if form is not None else None
        try:
            with self.opener.open(urllib.request.Request(self.base + path, data=data), timeout=60) as r:
                return r.status, r.headers, r.read()
        except urllib.error.HTTPError as e:
            return e.code, e.headers, e.read()

    def sign_in(self, username, password="jixiao-demo"):
        """"ok", or what went wrong: the status, or where the redirect went (/login?busy, /login?error)."""
        status, _, body = self.call("/login")
        token = re.search(r'name="_csrf"[^>]*value="([^"]+)"', body.decode())
        if status != 200 or not token:
            return status
        status, headers, _ = self.call("/login", {"username": username, "password": password,
                                                  "_csrf": token.group(1)})
        where = headers.get("Location", "")
        return "ok" if status == 302 and where == "/" else where if status == 302 else status


def main():
    base, cookie, sheet = sys.argv[1], sys.argv[2], sys.argv[3]
    saves = int(sys.argv[4]) if len(sys.argv) > 4 else 200
    visible = len(sys.argv) > 5 and sys.argv[5] == "visible"
    opener = urllib.request.build_opener(NoRedirect)
    url = f"{base}/sheets/{sheet}/edit"
    times = []
    for i in range(saves):
        page = opener.open(urllib.request.Request(url, headers={"Cookie": cookie})).read().decode("utf-8")
        parser = FormFields()
        parser.feed(page)
        fields = parser.fields
        if "version" not in fields:
            sys.exit(f"no editor form at {url}: is the sheet a DRAFT of the signed-in officer?")
        fields["actualResult"] = f"基准测试第 {i} 次保存"
        if visible:
            fields["funds[0].executed"] = f"{10 + i % 50}.{i % 997:03d}"
        fields["action"] = "save"
        body = urllib.parse.urlencode(fields).encode("utf-8")
        request = urllib.request.Request(url, data=body, headers={"Cookie": cookie})
        start = time.perf_counter()
        try:
            status = opener.open(request).status
        except urllib.error.HTTPError as e:
            status = e.code
        times.append((time.perf_counter() - start) * 1000)
        if status != 302:
            sys.exit(f"save {i} answered {status}, expected 302 (saved, back to the editor)")
    times.sort()
    pick = lambda q: times[min(len(times) - 1, int(q * len(times)))]
    rows = sum(1 for name in fields if name.endswith(".target"))
    print(f"sheet save ({rows} rows, {saves} saves): p50 {pick(0.50):.0f} ms  p95 {pick(0.95):.0f} ms  "
          f"p99 {pick(0.99):.0f} ms")


if __name__ == "__main__":
    main()
