#!/usr/bin/env python3
# The web views' figures in a real headless Chromium, for rostrum-bench (webfigures.cpp), which
# starts the server and reads the JSON this prints:
#   flips: how late each second of /timer turned, in ms, against the server's true boundary
#          (the page's own clock less its offset to the server's: on one machine the server's
#          meeting clock and the page's clock are the same clock); flips_own: the same against
#          the page's own estimate of the server's time, which is the browser's timer alone;
#   timer_cpu, blank_cpu: the CPU of every Chromium process, in % of one core, while /timer
#          shows a running speech, and, side by side, while Chromium shows an empty page.
#
#   webpagefigures.py --base URL --token=VIEWER_KEY --seconds N
import argparse
import json
import math
import os
import time

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service

TICKS = os.sysconf("SC_CLK_TCK")


def descendants(pid):
    """pid and every process below it, from /proc."""
    children = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
                children.setdefault(int(fields[1]), []).append(int(name))
            except OSError:
                pass
    found, todo = [], [pid]
    while todo:
        p = todo.pop()
        found.append(p)
        todo.extend(children.get(p, []))
    return found


def cpu_seconds(pids):
    total = 0
    for p in pids:
        try:
            with open(f"/proc/{p}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
        except OSError:
            pass
    return total / TICKS


def browser(url):
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1920,1080"):
        options.add_argument(a)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    driver.get(url)
    return driver


def cpu_percent(driver, seconds):
    """The CPU of the browser's processes (not the driver's), in % of a core, per 5 s window."""
    root = driver.service.process.pid
    pids = [p for p in descendants(root) if p != root]
    samples = []
    window = 5.0
    for _ in range(max(1, int(seconds / window))):
        before, t0 = cpu_seconds(pids), time.monotonic()
        time.sleep(window)
        samples.append(100.0 * (cpu_seconds(pids) - before) / (time.monotonic() - t0))
    return samples


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--seconds", type=float, default=30)
    args = parser.parse_args()
    timer = browser(f"{args.base.rstrip('/')}/timer?t={args.token}")
    blank = browser("data:text/html,<!doctype html><title>blank</title><p>blank</p>")
    end = time.monotonic() + 10
    while not timer.execute_script("return !!(window.rostrumPage && window.rostrumPage.lastState)"):
        if time.monotonic() > end:
            raise SystemExit("webpagefigures: /timer got no state within 10 s")
        time.sleep(0.05)
    time.sleep(2)  # the page has synced its clock and settled
    timer_cpu, blank_cpu = [], []
    rounds = max(1, int(args.seconds / 10))
    for _ in range(rounds):  # side by side: a window of each in turn
        timer_cpu += cpu_percent(timer, 5)
        blank_cpu += cpu_percent(blank, 5)
    data = timer.execute_script(
        "const p = window.rostrumPage;"
        "return {state: p.lastState, flips: p.flips, offset: p.offsetMs};")
    state, clock = data["state"], data["state"]["clock"]
    flips, own = [], []
    for f in data["flips"]:
        if f.get("cause") != "tick" or f["serverMs"] <= state["server_ms"]:
            continue
        # The page's serverMs is its estimate of the server's time; the true one is the page's
        # own clock, the same clock as the server's here, so the estimate less its offset.
        true_ms = f["serverMs"] - (data["offset"] or 0)
        remaining = clock["remaining_ms"] - (true_ms - state["server_ms"])
        flips.append(math.ceil(remaining / 1000) * 1000 - remaining)
        # Against the page's own estimate: the browser's timer alone, without the sync's error.
        estimated = clock["remaining_ms"] - (f["serverMs"] - state["server_ms"])
        own.append(math.ceil(estimated / 1000) * 1000 - estimated)
    timer.quit()
    blank.quit()
    print(json.dumps({"flips": flips, "flips_own": own, "timer_cpu": timer_cpu, "blank_cpu": blank_cpu,
                      "offset_ms": data["offset"]}))


if __name__ == "__main__":
    main()
