"""Phase 7: the server afterwards. Once every other phase is done the process must be alive,
GET /api/status must answer 200, and the server's log must name the address it slowed down for
wrong keys (and, as a note, the one it found crowded). Apart because it judges the run as a
whole, not a kind of bad input, and its answer decides the TOTAL line's last words."""
from . import settings
from .server import server_alive, status_request
from .tally import B
from .wire import exchange


# --- phase 7 ----------------------------------------------------------------------------------

def phase_afterwards(p):
    alive = server_alive()
    B.record(p, "the process", "alive" if alive else "dead")
    if not alive:
        p.crashes += 1
        B.fail(p, "the process", "the server process is gone")
        return False
    reply = exchange(status_request(), timeout=12.0)
    B.record(p, "GET /api/status", reply.status)
    if reply.status != 200:
        B.fail(p, "GET /api/status", f"answered {reply.status}")
    with open(settings.ARGS.server_log, errors="replace") as f:
        log = f.read()
    mentioned = "wrong keys from 127.0.0.1" in log
    B.record(p, "the log names the slowed address", "yes" if mentioned else "no")
    if not mentioned:
        B.fail(p, "the log", f"no \"wrong keys from 127.0.0.1\" in: {log.strip()[:300]!r}")
    crowded = "too many connections from 127.0.0.1" in log
    B.record(p, "the log names the crowded address", "yes" if crowded else "no")
    if not crowded:
        B.note(p, "the log", "no \"too many connections from 127.0.0.1\"")
    return reply.status == 200
