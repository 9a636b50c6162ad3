"""Phase 3: bad JSON to every act. Every act gets every malformed body (not JSON, not an object,
wrong types, unknown fields, out of range, deeply nested) with the chair's key, so only the body
can be at fault; none may be done, and the journal must not grow, while one good act still adds
one entry. Its own module because it is the one phase about the acts' parsing of bodies."""
import json

from . import settings
from .acts import ACTS
from .server import Abort, check_alive, check_answer, journal_length, server_alive
from .tally import B
from .wire import exchange, request


# --- phase 3: bad JSON to every act -----------------------------------------------------------

def malformed_bodies():
    """Bodies that no act takes: not JSON, not an object, wrong types, unknown fields, out of
    range. None may be done, whichever act it is sent to."""
    deep = b"[" * 10000 + b"]" * 10000
    long_text = "a" * (60 * 1024)
    bodies = [
        ("{", b"{"), ("[]", b"[]"), ('"x"', b'"x"'), ("null", b"null"), ("1", b"1"),
        ("true", b"true"), ("an object left open", b'{"seconds": 30'),
        ("garbage after the object", b'{"seconds": 30} x'),
        ("nested arrays 10,000 deep", deep),
        ("an object holding arrays 10,000 deep", b'{"x": ' + deep + b"}"),
        ("nested objects 5,000 deep", b'{"a":' * 5000 + b"1" + b"}" * 5000),
        ("a 60 KiB text", json.dumps({"text": long_text}).encode()),
        ("a 60 KiB delegation", json.dumps({"delegation": long_text}).encode()),
        ("a 60 KiB key", json.dumps({long_text: 1}).encode()),
        ("seconds as a text", b'{"seconds": "30"}'),
        ("seconds as an array", b'{"seconds": [30]}'),
        ("seconds 1e400", b'{"seconds": 1e400}'),
        ("seconds -1e400", b'{"seconds": -1e400}'),
        ("seconds 0", b'{"seconds": 0}'),
        ("seconds 30.5", b'{"seconds": 30.5}'),
        ("seconds 3601", b'{"seconds": 3601}'),
        ("seconds and an unknown field", b'{"seconds": 30, "force": true}'),
        ("id as a text", b'{"id": "1", "position": 1}'),
        ("id 1e400", b'{"id": 1e400, "position": 1}'),
        ("a negative id", b'{"id": -1, "position": 1}'),
        ("id 0", b'{"id": 0, "position": 1}'),
        ("id 2^52 + 1", b'{"id": 4503599627370497, "position": 1}'),
        ("a negative position", b'{"id": 1, "position": -3}'),
        ("position 100,001", b'{"id": 1, "position": 100001}'),
        ("delegation as a number", b'{"delegation": 5}'),
        ("delegation null", b'{"delegation": null}'),
        ("delegation empty", b'{"delegation": ""}'),
        ("delegation only spaces", b'{"delegation": "   "}'),
        ("delegation and an unknown field", b'{"delegation": "X", "extra": 1}'),
        ("an unknown language", b'{"delegation": "X", "language": "Klingon"}'),
        ("text as true", b'{"text": true}'),
        ("text empty", b'{"text": ""}'),
        ("clear as a text", b'{"clear": "yes"}'),
        ("clear false alone", b'{"clear": false}'),
        ("both text and clear", b'{"text": "a", "clear": true}'),
        ("only an unknown field", b'{"unknown": 1}'),
    ]
    for _, body in bodies:
        assert len(body) <= 64 * 1024
    return bodies


def phase_bad_json(p):
    before = journal_length()
    bodies = malformed_bodies()
    for act in ACTS:
        for name, body in bodies:
            case = f"{act} with {name}"
            reply = exchange(request("POST", f"/api/acts/{act}", token=settings.ARGS.token_chair,
                                     body=body), timeout=5.0)
            B.record(p, case, reply.status)
            check_answer(p, case, reply, {400, 409})
            if reply.status == 200:
                B.fail(p, case, f"a malformed body was done: {reply.body()[:120]!r}")
            if not server_alive():
                p.crashes += 1
                B.fail(p, case, "the server process died")
                raise Abort(case)
        check_alive(p, f"{act} with every malformed body")
    after = journal_length()
    if after != before:
        B.fail(p, "the journal", f"{after - before} acts done for malformed bodies")
    # The journal counts what it should: one good act, with the chair's key, is one more entry.
    reply = exchange(request("POST", "/api/acts/inscribe", token=settings.ARGS.token_chair,
                             body=b'{"delegation": "Cameroon", "speaker": "Battery control"}'))
    B.record(p, "control: the chair inscribes with a good body", reply.status)
    check_answer(p, "control: the chair inscribes with a good body", reply, {200})
    if reply.status == 200 and journal_length() != after + 1:
        B.fail(p, "control", "a good act did not add one entry to the journal")
    p.journal_delta = 0  # with the right key: not counted as acts without it
