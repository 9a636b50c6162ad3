#!/usr/bin/env python3
# A battery of hostile requests, frames and connections against a running `rostrum-cli serve`
# (web_battery.sh starts it on a demo meeting): malformed HTTP, oversize bodies, bad JSON to
# every act, bad WebSocket frames, a thousand connections at once, and every act with every role
# that may not do it. After every case the server process must be alive and GET /api/status
# must answer 200; the journal must not grow by one act done without the right key or for a
# malformed body; no answer may be a 5xx other than 503 for the limits; and each limit of
# ui/web/weblimits.h must hold as documented (431, 413, 411, 400, 408, 503, the WebSocket's
# closes, the slowdown after ten wrong keys).
#
#   web_battery.py --base http://127.0.0.1:PORT --token-viewer=V --token-timekeeper=T
#                  --token-staff=S --token-chair=C --cli ROSTRUM_CLI --meeting FILE
#                  --server-pid PID --server-log STDERR_FILE
#
# The wrong keys are sent last (phase 6): after ten of them every request from 127.0.0.1 waits,
# so every other phase uses valid keys or none (a missing key is not counted as wrong).
# Standard library only (Debian's python3).
"""The command line of the web battery: reads where the server listens, its four keys, the
rostrum-cli to read the journal with, the meeting, the server's process id and its log, then
runs the battery in the webbattery package beside this file and exits with its code (0 when
every check held, 1 for any violation). Only the command line is here, so that web_battery.sh
calls the battery as it always has while the battery itself lives in small modules."""
import argparse
import os
import sys

# The package is found beside this script, whatever the directory web_battery.sh runs from;
# and no __pycache__ is left in the source tree by a test run.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.dont_write_bytecode = True

from webbattery import run  # noqa: E402 (after the path is set)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--base", required=True)
    for role in ("viewer", "timekeeper", "staff", "chair"):
        parser.add_argument(f"--token-{role}", required=True)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--meeting", required=True)
    parser.add_argument("--server-pid", type=int, required=True)
    parser.add_argument("--server-log", required=True)
    return run.main(parser.parse_args())


if __name__ == "__main__":
    sys.exit(main())
