#!/usr/bin/env python3
# System test of the browser pages against a running Rostrum web server: each page must show
# what GET /api/status says, the control page must drive the meeting and show the core's
# answers, the timer's figures must turn within 20 ms of the second, and no page may log a
# script error or a Content-Security-Policy violation. Screenshots go to --shots for review.
#
#   web_pages.py --base http://127.0.0.1:PORT --token-timekeeper T --token-viewer V --shots DIR
#
# It changes the meeting it is pointed at (calls a speaker if no one has the floor, starts and
# pauses the clock, sets and clears a message), so point it at a test meeting.
import argparse
import json
import math
import os
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

failures = []


def check(ok, message):
    if not ok:
        failures.append(message)
    return ok


def api(base, token, path, body=None):
    """GET (body None) or POST JSON; returns (HTTP status, parsed JSON or None)."""
    headers = {"Authorization": "Bearer " + token} if token else {}
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        headers["Content-Type"] = "application/json"
    request = urllib.request.Request(base + path, data=data, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as answer:
            return answer.status, json.loads(answer.read() or b"null")
    except urllib.error.HTTPError as e:
        try:
            return e.code, json.loads(e.read() or b"null")
        except ValueError:
            return e.code, None


def status(args):
    code, body = api(args.base, args.token_timekeeper, "/api/status")
    if code != 200 or not isinstance(body, dict):
        raise SystemExit(f"GET /api/status answered {code}; is the server running with these tokens?")
    # Some servers may wrap the status in a state-like object; accept both.
    return body.get("status", body) if "meeting" not in body else body


def wait_until(predicate, timeout=6.0, step=0.05):
    end = time.monotonic() + timeout
    while True:
        value = predicate()
        if value or time.monotonic() > end:
            return value
        time.sleep(step)


class Page:
    def __init__(self, args, name, token, size, extra=""):
        self.name = name
        options = Options()
        options.binary_location = "/usr/bin/chromium"
        for a in ("--headless=new", "--no-sandbox", "--disable-gpu", f"--window-size={size[0]},{size[1]}"):
            options.add_argument(a)
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        self.driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
        # --window-size is the outer window; the screenshots must be the viewport's exact size.
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": size[0], "height": size[1], "deviceScaleFactor": 1, "mobile": size[0] < 600})
        query = urllib.parse.urlencode({"t": token}) if token else ""
        if extra:
            query = query + "&" + extra if query else extra
        self.driver.get(f"{args.base}/{name}" + ("?" + query if query else ""))
        self.ready = wait_until(lambda: self.js("return !!(window.rostrumPage && window.rostrumPage.lastState)"), 10)
        check(self.ready, f"/{name}: no state arrived over the WebSocket within 10 s")

    def js(self, script, *args):
        return self.driver.execute_script(script, *args)

    def state(self):
        return self.js("return window.rostrumPage.lastState")

    def text(self, css):
        found = self.driver.find_elements(By.CSS_SELECTOR, css)
        return found[0].text.strip() if found and found[0].is_displayed() else ""

    def visible_text(self):
        return self.driver.find_element(By.TAG_NAME, "body").text

    def shot(self, args, filename):
        time.sleep(0.3)  # a frame for the last change to be painted
        path = os.path.join(args.shots, filename)
        check(self.driver.save_screenshot(path), f"/{self.name}: could not save {path}")

    def close(self):
        self.check_console()
        self.driver.quit()

    def check_console(self):
        for entry in self.driver.get_log("browser"):
            message = entry.get("message", "")
            source = entry.get("source", "")
            # The control page is made to send refused acts: their 4xx answers are expected.
            if source == "network" and "/api/acts/" in message and " 40" in message:
                continue
            if "Content Security Policy" in message or "Refused to" in message:
                failures.append(f"/{self.name}: CSP violation: {message}")
            elif entry.get("level") == "SEVERE":
                failures.append(f"/{self.name}: console error ({source}): {message}")


def shown_in_page(page, text, where):
    check(bool(text) and text in page.visible_text(), f"/{page.name}: {where} “{text}” is not shown")


def check_flips(page):
    """Every flip of the figures while running must come 0-20 ms after the true boundary."""
    time.sleep(3.6)
    data = page.js("return {s: window.rostrumPage.lastState, f: window.rostrumPage.flips,"
                   " shown: window.rostrumPage.shownText()}")
    s, clock = data["s"], data["s"]["clock"]
    if not clock["running"] or clock.get("untimed"):
        return check(False, "/timer: the clock is not running, cannot measure the flips")
    ticks = [f for f in data["f"] if f.get("cause") == "tick" and f["serverMs"] > s["server_ms"]]
    check(len(ticks) >= 3, f"/timer: only {len(ticks)} second flips in 3.6 s of running clock")
    for f in ticks:
        remaining = clock["remaining_ms"] - (f["serverMs"] - s["server_ms"])
        lateness = math.ceil(remaining / 1000) * 1000 - remaining
        check(0 <= lateness <= 20, f"/timer: “{f['text']}” turned {lateness:.1f} ms after its second")
    check(ticks and data["shown"] == ticks[-1]["text"], "/timer: the shown figures are not the last flip")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--token-timekeeper", default="")
    parser.add_argument("--token-viewer", default="")
    parser.add_argument("--shots", required=True)
    args = parser.parse_args()
    args.base = args.base.rstrip("/")
    os.makedirs(args.shots, exist_ok=True)
    tk, viewer = args.token_timekeeper, args.token_viewer

    # ---- /control: drive the meeting and read the core's answers ----
    control = Page(args, "control", tk, (1024, 768))
    st = status(args)
    if st.get("current") is None and st.get("next"):
        control.driver.find_element(By.ID, "next-btn").click()
        check(wait_until(lambda: status(args).get("current")), "/control: Next speaker did not call anyone")
    st = status(args)
    check(st.get("current") is not None, "no speaker at the rostrum: the meeting needs a waiting speaker")
    was_running = bool(st.get("running"))
    wanted = [not was_running, was_running] + ([] if was_running else [True])
    for want in wanted:
        toggle = control.driver.find_element(By.ID, "toggle")
        expected_act = "start" if want else "pause"
        check(toggle.get_attribute("data-act") == expected_act, f"/control: the toggle does not offer {expected_act}")
        before = control.text("#last")
        toggle.click()
        check(wait_until(lambda: bool(status(args).get("running")) == want),
              f"/control: pressing {expected_act} did not make the status's running {want}")
        check(wait_until(lambda: control.text("#last") not in ("", before)),
              f"/control: no summary line after {expected_act}")
        wait_until(lambda: control.js("return !document.getElementById('toggle').disabled"), 3)

    message = "Web page test " + time.strftime("%H%M%S")
    control.driver.find_element(By.ID, "free").send_keys(message)
    control.driver.find_element(By.ID, "free-send").click()
    check(wait_until(lambda: status(args).get("message") == message), "/control: the free message did not reach the status")
    # The core refuses a message that is already shown: the page must show its words.
    wait_until(lambda: control.js("return !document.getElementById('free-send').disabled"), 3)
    control.driver.find_element(By.ID, "free").send_keys(message)
    control.driver.find_element(By.ID, "free-send").click()
    shown_error = wait_until(lambda: control.text("#error"))
    code, answer = api(args.base, tk, "/api/acts/message", {"text": message})
    if check(code in (400, 409) and answer and answer.get("error"), f"the core did not refuse a repeated message ({code})"):
        check(shown_error == answer["error"], f"/control: the alert says “{shown_error}”, the server “{answer['error']}”")
    check(control.js("return document.getElementById('error').getAttribute('role')") == "alert",
          "/control: the error line is not role=alert")
    control.shot(args, "web-control-tablet.png")

    # ---- /timer ----
    st = status(args)
    timer = Page(args, "timer", tk, (1920, 1080))
    shown_in_page(timer, st["current"]["delegation"], "the current delegation")
    check(wait_until(lambda: timer.text("#message") == message), "/timer: the message to the speaker is not shown")
    check(timer.js("return document.body.dataset.connected") == "true", "/timer: body data-connected is not true")
    check(timer.js("return document.body.dataset.phase") in ("running", "warning", "time-up", "overtime"),
          "/timer: body data-phase does not say the clock runs")
    check_flips(timer)
    timer.shot(args, "web-timer.png")

    control.driver.find_element(By.ID, "clear").click()
    check(wait_until(lambda: status(args).get("message") in (None, "")), "/control: Clear message did not clear it")
    check(wait_until(lambda: timer.text("#message") == ""), "/timer: the message stayed after it was cleared")
    timer.close()
    control.close()

    # ---- /room and /booth ----
    st = status(args)
    for name, size, filename in (("room", (1920, 1080), "web-room.png"), ("booth", (1280, 800), "web-booth.png")):
        page = Page(args, name, viewer, size)
        shown_in_page(page, st["current"]["delegation"], "the current delegation")
        waiting = [r for r in (page.state() or {}).get("list", []) if r.get("status") == "waiting"]
        for r in waiting[: 5 if name == "room" else 3]:
            shown_in_page(page, r["delegation"], "the waiting delegation")
        page.shot(args, filename)
        page.close()

    # ---- /list on a phone ----
    page = Page(args, "list", viewer, (390, 844))
    st = status(args)
    rows = st.get("list") if isinstance(st.get("list"), list) else (page.state() or {}).get("list", [])
    expected = [r["delegation"] for r in rows if r.get("status") == "waiting"]
    shown = page.js("return [...document.querySelectorAll('#waiting .row[data-status=waiting] .r-delegation')]"
                    ".map(e => e.textContent)")
    check(shown == expected, f"/list: waiting delegations {shown} are not the server's {expected}")
    if st.get("next"):
        check(shown[:1] == [st["next"]["delegation"]], "/list: the first waiting row is not the status's next")
    shown_in_page(page, st["current"]["delegation"], "the current delegation")
    overflow = page.js("return document.documentElement.scrollWidth > window.innerWidth")
    check(not overflow, "/list: the page is wider than a 390 px phone")
    page.shot(args, "web-list-phone.png")
    page.close()

    # ---- a viewer's link on /control ----
    page = Page(args, "control", viewer, (1024, 768))
    if not (page.state() or {}).get("acts"):
        check(page.text("#view-only") != "", "/control: a viewer is not told the link is for viewing only")
        check(page.text("#toggle") == "", "/control: a viewer sees the Start button")
    page.close()

    # ---- /timer in Arabic ----
    code, strings = api(args.base, tk, "/api/strings?lang=ar")
    page = Page(args, "timer", tk, (1920, 1080), "lang=ar")
    if code == 200 and strings:
        check(page.js("return document.documentElement.dir") == strings.get("dir", "ltr"),
              "/timer?lang=ar: <html dir> is not the server's dir")
        check(page.js("return document.documentElement.lang") == strings.get("lang"),
              "/timer?lang=ar: <html lang> is not the server's lang")
    page.shot(args, "web-timer-ar.png")
    page.close()

    # Leave the clock as it was found.
    if bool(status(args).get("running")) != was_running:
        api(args.base, tk, "/api/acts/" + ("start" if was_running else "pause"), {})

    for f in failures:
        print("FAIL " + f)
    if not failures:
        print("web pages: all checks passed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
