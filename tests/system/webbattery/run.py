"""The order of the battery: the seven phases made, the slow cases started in threads beside
phases 1 to 4 and gathered after them, phases 5 and 6 (the crowds, then the wrong keys, whose
slowdown must come last), phase 7, then the journal's verdict and the summary. Apart from the
entry point, which only reads the command line, and from the phases, which do not know about
one another or the order they run in."""
import threading
import time
import urllib.parse

from . import settings
from .afterwards import phase_afterwards
from .bad_frames import phase_websocket
from .bad_http import phase_malformed, phase_oversize, run_slow, slow_cases
from .bad_json import phase_bad_json
from .crowds import phase_connections
from .server import Abort, check_alive, check_answer, journal_length
from .tally import B, summarize
from .settings import choose_addresses
from .wrong_roles import phase_roles


def main(args):
    """Runs the battery against the server args describe; returns the exit code."""
    settings.ARGS = args
    url = urllib.parse.urlsplit(settings.ARGS.base)
    settings.HOST, settings.PORT = url.hostname, url.port
    started = time.monotonic()
    choose_addresses()

    p1 = B.phase("1 malformed HTTP")
    p2 = B.phase("2 oversize bodies")
    p3 = B.phase("3 bad JSON to every act")
    p4 = B.phase("4 bad WebSocket frames")
    p5 = B.phase("5 many connections")
    p6 = B.phase("6 every act with every wrong key")
    p7 = B.phase("7 afterwards")
    for p in B.phases:
        p.allow_503 = p is p5
        p.journal_delta = 0
    answering = False
    slow_results = []
    slow_threads = []
    try:
        check_alive(p1, "before the battery")
        # The cases that wait for the 10 s head timeout run alongside phases 1 to 4.
        for phase, case, payload, expect in slow_cases(p1, p2):
            t = threading.Thread(target=run_slow, args=(phase, case, payload, expect,
                                                        slow_results), daemon=True)
            t.start()
            slow_threads.append(t)
        for p, run in ((p1, phase_malformed), (p2, phase_oversize), (p3, phase_bad_json),
                       (p4, phase_websocket)):
            t0 = time.monotonic()
            before = journal_length() if p in (p1, p2) else None
            run(p)
            if before is not None:
                p.journal_delta = journal_length() - before
            p.seconds += time.monotonic() - t0
            print(f"battery: {p.name}: done in {p.seconds:.1f} s", flush=True)
        t0 = time.monotonic()
        for t in slow_threads:
            t.join(timeout=20)
        for phase, case, expect, reply in slow_results:
            B.record(phase, case, reply.status)
            if reply.status == "silent":
                B.fail(phase, case, f"still open and unanswered after {reply.seconds:.1f} s: "
                                    "held past the 10 s head timeout")
            else:
                check_answer(phase, case, reply, expect)
        check_alive(p1, "the requests that trickle")
        print(f"battery: the slow cases: waited {time.monotonic() - t0:.1f} s more for them",
              flush=True)
        for p, run in ((p5, phase_connections), (p6, phase_roles)):
            t0 = time.monotonic()
            run(p)
            p.seconds = time.monotonic() - t0
            print(f"battery: {p.name}: done in {p.seconds:.1f} s", flush=True)
        answering = phase_afterwards(p7)
    except Abort as e:
        print(f"battery: stopped after \"{e}\"", flush=True)
        answering = False
    for p in B.phases:
        if p.journal_delta:
            p.unkeyed += p.journal_delta
            B.fail(p, "the journal", f"{p.journal_delta} acts done without the right key")
    return summarize((p1, p2, p4), answering, started)
