#!/usr/bin/env python3
# A page that loses the server says so within 2 s and recovers by itself once the server is back
# (issue 15), with the same link: the keys are the meeting's, so a restarted server takes them.
#
#   web_reconnect.py --base URL --token T --stop "COMMAND" --start "COMMAND"
#
# COMMANDs are run by the shell: the first stops the server (by its PID), the second starts it
# again on the same port. Headless Chromium from Debian's packages, as web_pages.py.
import argparse
import subprocess
import sys
import time

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service


def wait_until(predicate, timeout):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.02)
    return predicate()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base", required=True)
    parser.add_argument("--token", required=True)
    parser.add_argument("--stop", required=True)
    parser.add_argument("--start", required=True)
    parser.add_argument("--freeze", default="", help="stops the server without closing anything")
    parser.add_argument("--thaw", default="")
    args = parser.parse_args()
    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for a in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,720"):
        options.add_argument(a)
    driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
    failures = []
    try:
        driver.get(f"{args.base.rstrip('/')}/timer?t={args.token}")
        connected = lambda: driver.execute_script("return document.body.dataset.connected") == "true"
        if not wait_until(connected, 10):
            failures.append("the page never connected")
        else:
            if args.freeze:
                # A server that stops answering without closing its sockets, as when a cable is
                # pulled or the console's laptop sleeps: only the page's own probes can tell.
                subprocess.run(args.freeze, shell=True, check=True)
                frozen = time.monotonic()
                lost = wait_until(lambda: not connected(), 5)
                noticed = time.monotonic() - frozen
                print(f"web_reconnect: a silent server was noticed after {noticed * 1000:.0f} ms")
                if not lost or noticed > 2.0:
                    failures.append(f"a silent server was not noticed within 2 s ({noticed:.2f} s)")
                subprocess.run(args.thaw, shell=True, check=True)
                if not wait_until(connected, 15):
                    failures.append("the page did not come back by itself after the server woke")
            subprocess.run(args.stop, shell=True, check=True)
            stopped = time.monotonic()
            lost = wait_until(lambda: not connected(), 5)
            noticed = time.monotonic() - stopped
            banner = driver.execute_script(
                "const b = document.querySelector('[role=status], .banner, #banner');"
                "return b ? b.textContent : ''")
            print(f"web_reconnect: the page said the server was lost after {noticed * 1000:.0f} ms")
            if not lost or noticed > 2.0:
                failures.append(f"the page did not say the server was lost within 2 s ({noticed:.2f} s)")
            if "lost" not in (banner or "").lower():
                failures.append(f"no banner says the connection is lost (found “{banner}”)")
            subprocess.run(args.start, shell=True, check=True)
            started = time.monotonic()
            if not wait_until(connected, 15):
                failures.append("the page did not reconnect by itself within 15 s of the restart")
            else:
                print(f"web_reconnect: back {1000 * (time.monotonic() - started):.0f} ms after the restart")
    finally:
        driver.quit()
    for f in failures:
        print("FAIL " + f)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
