"""The server under test as the battery judges it: is its process alive, does GET /api/status
still answer 200, does an answer keep the rules every answer must keep, and how long its
journal is (an act done without the right key, or for a malformed body, shows up as one entry
more). Every phase checks the server through these, so they sit apart from any one phase; an
Abort ends the battery when the server is gone, since every later case would only repeat it."""
import json
import subprocess

from . import settings
from .tally import B
from .wire import exchange, request


class Abort(Exception):
    """The server is gone: every later case would only repeat it."""


# --- the server process and its journal -------------------------------------------------------

def server_alive():
    """True while the server's process runs (a zombie, not yet reaped by the script, is dead)."""
    try:
        with open(f"/proc/{settings.ARGS.server_pid}/stat") as f:
            state = f.read().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


def journal_length():
    done = subprocess.run([settings.ARGS.cli, "journal", settings.ARGS.meeting, "--format",
                           "json", "--limit", "0"], capture_output=True, timeout=30)
    if done.returncode != 0:
        raise Abort(f"rostrum-cli journal failed: {done.stderr.decode(errors='replace').strip()}")
    return len(json.loads(done.stdout))


def status_request():
    return request("GET", "/api/status", token=settings.ARGS.token_viewer)


def check_answer(phase, case, reply, expect=None):
    """The rules every answer keeps: no 5xx but the limits' 503, the expected status (a set,
    None for any), and one answer per connection, followed by the server closing it."""
    st = reply.status
    if isinstance(st, int) and st >= 500 and not (st == 503 and phase.allow_503):
        B.fail(phase, case, f"answered {st}")
    if expect is not None and st not in expect:
        B.fail(phase, case, f"expected {sorted(map(str, expect))}, got {st}"
                            f" after {reply.seconds:.2f} s")
    if isinstance(st, int):
        if reply.answers > 1:
            B.fail(phase, case, f"{reply.answers} answers on one connection (one request each)")
        if reply.ended == "open":
            B.fail(phase, case, f"answered {st} but kept the connection open")
        elif b"\r\nconnection: close" not in reply.head().lower():
            B.note(phase, case, f"the {st} answer has no Connection: close")


def check_alive(phase, case, slow_ok=False):
    """The process is alive and GET /api/status with the viewer's key answers 200."""
    if not server_alive():
        phase.crashes += 1
        B.fail(phase, case, "the server process died")
        raise Abort(case)
    reply = exchange(status_request(), timeout=12 if slow_ok else 5)
    if reply.status != 200:
        if not server_alive():
            phase.crashes += 1
            B.fail(phase, case, "the server process died")
            raise Abort(case)
        B.fail(phase, case, f"afterwards GET /api/status answered {reply.status}, not 200")
    return reply


def http_case(phase, case, payload, expect=None, timeout=3.0, half_close=False, alive=True):
    reply = exchange(payload, timeout=timeout, half_close=half_close)
    B.record(phase, case, reply.status)
    check_answer(phase, case, reply, expect)
    if alive:
        check_alive(phase, case)
    return reply
