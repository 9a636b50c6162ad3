"""Phase 6: every act with every role that may not do it, with keys in the wrong place, with no
key, and last with wrong keys: the refusals must come from the key (403, 401), no act may be
done, and after ten wrong keys every request from 127.0.0.1 must wait. Its own module, and run
last of the request phases, because the slowdown it sets off would slow every phase after it.
"""
from . import settings
from .acts import ACTS, GOOD_BODIES, ROLE_ACTS
from .server import check_alive, check_answer, http_case, journal_length, status_request
from .tally import B
from .wire import WebSocket, exchange, request, settle


# --- phase 6: every act with every role that may not, then the wrong keys ---------------------

def wrong_keys():
    """Keys that are almost right: each counts as one wrong key."""
    chair = settings.ARGS.token_chair
    flip = chr(ord(chair[5]) ^ 1) if chair[5].isalnum() else "A"
    return [
        ("the chair's key less its last letter", chair[:-1]),
        ("the chair's key and one letter more", chair + "A"),
        ("the chair's key after a dash", "-" + chair),
        ("the chair's key in the other case", chair.swapcase()),
        ("the chair's key with one letter changed", chair[:5] + flip + chair[6:]),
        ("the viewer's key backwards", settings.ARGS.token_viewer[::-1]),
        ("a key of 43 x", "x" * 43),
        ("a key of one letter", "A"),
        ("the staff's key twice", settings.ARGS.token_staff * 2),
        ("the timekeeper's key and the chair's",
         settings.ARGS.token_timekeeper + settings.ARGS.token_chair),
        ("a key of 1,000 letters", "k" * 1000),
        ("the chair's key with a space inside", chair[:10] + " " + chair[10:]),
    ]


def phase_roles(p):
    before = journal_length()
    keys = {"viewer": settings.ARGS.token_viewer, "timekeeper": settings.ARGS.token_timekeeper,
            "staff": settings.ARGS.token_staff}
    for role, token in keys.items():
        for i, act in enumerate(ACTS):
            if act in ROLE_ACTS[role]:
                continue
            # The key alternately in Authorization and in ?t=.
            if i % 2:
                payload = request("POST", f"/api/acts/{act}", token=token, body=GOOD_BODIES[act])
            else:
                payload = request("POST", f"/api/acts/{act}", query_token=token,
                                  body=GOOD_BODIES[act])
            http_case(p, f"{act} by the {role}", payload, {403}, alive=False)
    for act in ACTS:
        http_case(p, f"{act} by the viewer's Bearer with the chair's ?t=",
                  request("POST", f"/api/acts/{act}", token=settings.ARGS.token_viewer,
                          query_token=settings.ARGS.token_chair, body=GOOD_BODIES[act]),
                  {403}, alive=False)
        http_case(p, f"{act} by the chair from another site's page",
                  request("POST", f"/api/acts/{act}", token=settings.ARGS.token_chair,
                          body=GOOD_BODIES[act], headers=["Origin: http://evil.example"]),
                  {403}, alive=False)
    check_alive(p, "every act with the wrong role")
    # No key at all: 401, and not counted as a wrong key.
    missing = [
        ("no key", {}),
        ("an empty ?t=", {"query_token": ""}),
        ("an empty Bearer", {"token": ""}),
    ]
    for i, act in enumerate(ACTS):
        name, kwargs = missing[i % len(missing)]
        http_case(p, f"{act} with {name}",
                  request("POST", f"/api/acts/{act}", body=GOOD_BODIES[act], **kwargs),
                  {401}, alive=False)
        http_case(p, f"{act} with a lowercase bearer and the chair's key",
                  request("POST", f"/api/acts/{act}", body=GOOD_BODIES[act],
                          headers=[f"Authorization: bearer {settings.ARGS.token_chair}"]),
                  {401}, alive=False)
    reply = check_alive(p, "every act with no key")
    if reply.seconds >= 0.45:
        B.fail(p, "no key", f"a request was slowed down ({reply.seconds:.2f} s) by missing keys")

    # The wrong keys, last: ten at full speed, then the address is slowed down.
    wrong = wrong_keys()
    for i, act in enumerate(ACTS):
        name, key = wrong[i]
        if i == 10:
            reply = exchange(status_request(), timeout=10.0)
            B.record(p, "the viewer's request after 10 wrong keys", reply.status)
            check_answer(p, "the viewer's request after 10 wrong keys", reply, {200})
            print(f"battery: after 10 wrong keys the viewer's request took {reply.seconds:.2f} s",
                  flush=True)
            if reply.seconds < 0.45:
                B.fail(p, "the slowdown", f"the 11th request took {reply.seconds:.2f} s, "
                                          "not 0.45 s or more")
            if reply.seconds > 5.5:
                B.fail(p, "the slowdown", f"the 11th request took {reply.seconds:.2f} s")
        if i % 2:
            payload = request("POST", f"/api/acts/{act}", token=key, body=GOOD_BODIES[act])
        else:
            payload = request("POST", f"/api/acts/{act}", query_token=key, body=GOOD_BODIES[act])
        reply = http_case(p, f"{act} with {name}", payload, {401}, timeout=10.0, alive=False)
        if i < 10 and reply.seconds >= 0.45:
            B.fail(p, f"{act} with {name}", f"wrong key {i + 1} was slowed down already "
                                            f"({reply.seconds:.2f} s)")
    # A wrong key on a WebSocket: the upgrade is taken, then closed with 4001.
    ws = WebSocket("wrong-" + settings.ARGS.token_chair)
    outcome = settle(ws, -1, seconds=8.0)[0] if ws.status == 101 else str(ws.status)
    ws.close()
    B.record(p, "a WebSocket with a wrong key", outcome)
    if outcome != "close 4001":
        B.fail(p, "a WebSocket with a wrong key", f"expected close 4001, got {outcome}")
    check_alive(p, "the wrong keys", slow_ok=True)
    after = journal_length()
    p.unkeyed = after - before
    p.journal_delta = 0
    if after != before:
        B.fail(p, "the journal", f"{after - before} acts done without the right key")
