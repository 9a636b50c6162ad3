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
import argparse
import base64
import errno
import hashlib
import json
import os
import resource
import select
import selectors
import socket
import struct
import subprocess
import sys
import threading
import time
import urllib.parse

HOST = "127.0.0.1"
PORT = 0
ARGS = None
# Where the WebSockets come from: each count against their address's 256 connections, so the
# phases that open many keep to addresses of their own (all of 127.0.0.0/8 is this machine),
# and 127.0.0.1, for everything else, is not crowded by them. choose_addresses() falls back to
# 127.0.0.1 where another address cannot be had.
ADDRESSES = {"frames": "127.0.0.4", "crowd": "127.0.0.2", "one at a time": "127.0.0.3"}

WS_GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
ACTS = ["start", "pause", "next", "add-time", "message", "inscribe", "reply", "move", "absent",
        "point-of-order", "undo", "redo"]
ROLE_ACTS = {
    "viewer": set(),
    "timekeeper": {"start", "pause", "next", "add-time", "message"},
    "staff": {"inscribe", "reply", "move", "absent"},
    "chair": set(ACTS),
}
# A body each act would take (phase 6): the refusal must come from the key, not from the body.
GOOD_BODIES = {
    "start": b"{}", "pause": b"{}", "next": b"{}", "absent": b"{}", "undo": b"{}", "redo": b"{}",
    "add-time": b'{"seconds": 30}',
    "message": b'{"text": "Battery"}',
    "inscribe": b'{"delegation": "Cameroon", "speaker": "Battery"}',
    "reply": b'{"delegation": "Cameroon", "speaker": "Battery"}',
    "point-of-order": b'{"delegation": "Cameroon", "speaker": "Battery"}',
    "move": b'{"id": 1, "position": 1}',
}


class Abort(Exception):
    """The server is gone: every later case would only repeat it."""


class Phase:
    def __init__(self, name):
        self.name = name
        self.cases = 0
        self.statuses = {}
        self.details = []  # (case, status), for the phases whose cases are each told
        self.crashes = 0
        self.unkeyed = 0
        self.seconds = 0.0


class Battery:
    def __init__(self):
        self.phases = []
        self.failures = []
        self.notes = []
        self.lock = threading.Lock()

    def phase(self, name):
        p = Phase(name)
        self.phases.append(p)
        return p

    def record(self, phase, case, status):
        with self.lock:
            phase.cases += 1
            key = str(status)
            phase.statuses[key] = phase.statuses.get(key, 0) + 1
            phase.details.append((case, key))

    def fail(self, phase, case, why):
        line = f"FAIL {phase.name}: {case}: {why}"
        with self.lock:
            self.failures.append(line)
        print(line, flush=True)

    def note(self, phase, case, what):
        line = f"battery: note: {phase.name}: {case}: {what}"
        with self.lock:
            self.notes.append(line)
        print(line, flush=True)


B = Battery()


def choose_addresses():
    for use, address in ADDRESSES.items():
        try:
            with socket.socket() as s:
                s.bind((address, 0))
        except OSError:
            print(f"battery: note: {address} cannot be bound; {use} comes from 127.0.0.1")
            ADDRESSES[use] = None


# --- the server process and its journal -------------------------------------------------------

def server_alive():
    """True while the server's process runs (a zombie, not yet reaped by the script, is dead)."""
    try:
        with open(f"/proc/{ARGS.server_pid}/stat") as f:
            state = f.read().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


def journal_length():
    done = subprocess.run([ARGS.cli, "journal", ARGS.meeting, "--format", "json", "--limit", "0"],
                          capture_output=True, timeout=30)
    if done.returncode != 0:
        raise Abort(f"rostrum-cli journal failed: {done.stderr.decode(errors='replace').strip()}")
    return len(json.loads(done.stdout))


# --- HTTP over a raw socket -------------------------------------------------------------------

class Reply:
    def __init__(self, status, raw, seconds, ended, answers=0):
        self.status = status    # an int, or "closed" (no answer), "silent" (open, no answer),
        self.raw = raw          # "refused" (no connection), "garbage" (not HTTP)
        self.seconds = seconds
        self.ended = ended      # how the connection ended: "eof", "reset" or "open"
        self.answers = answers  # how many status lines came back

    def head(self):
        return bytes(self.raw.split(b"\r\n\r\n", 1)[0])

    def body(self):
        parts = bytes(self.raw).split(b"\r\n\r\n", 1)
        return parts[1] if len(parts) > 1 else b""

    def json(self):
        try:
            return json.loads(self.body())
        except ValueError:
            return None


def exchange(payload, timeout=5.0, half_close=False, stop_sending_on_answer=True, source=None):
    """Sends payload on a new connection and reads until the server closes it or timeout runs
    out. Sends and reads at once: a server that refuses a long head answers before the client
    has sent it all, and the client must see the answer rather than block on its own writes."""
    started = time.monotonic()
    try:
        s = socket.create_connection((HOST, PORT), timeout=5,
                                     source_address=(source, 0) if source else None)
    except OSError:
        return Reply("refused", b"", time.monotonic() - started, "refused")
    s.setblocking(False)
    got = bytearray()
    data = memoryview(payload)
    sent = 0
    ended = "open"
    poller = select.poll()
    with s:
        if not payload and half_close:
            s.shutdown(socket.SHUT_WR)
        while True:
            left = started + timeout - time.monotonic()
            if left <= 0:
                break
            sending = sent < len(data) and not (got and stop_sending_on_answer)
            poller.register(s, select.POLLIN | (select.POLLOUT if sending else 0))
            events = poller.poll(left * 1000)
            poller.unregister(s)
            mask = events[0][1] if events else 0
            if mask & (select.POLLIN | select.POLLHUP | select.POLLERR):
                try:
                    chunk = s.recv(65536)
                except BlockingIOError:
                    chunk = None
                except OSError:
                    ended = "reset"
                    break
                if chunk == b"":
                    ended = "eof"
                    break
                if chunk:
                    got += chunk
            if sending and mask & select.POLLOUT:
                try:
                    sent += s.send(data[sent:sent + 65536])
                except BlockingIOError:
                    pass
                except (BrokenPipeError, ConnectionResetError):
                    sent = len(data)  # the server stopped reading: read what it said
                if sent >= len(data) and half_close:
                    try:
                        s.shutdown(socket.SHUT_WR)
                    except OSError:
                        pass
    seconds = time.monotonic() - started
    raw = bytes(got)
    answers = raw.count(b"HTTP/1.") if raw.startswith(b"HTTP/1.") else 0
    if raw.startswith(b"HTTP/1.") and len(raw.split(b"\r\n", 1)[0].split()) >= 2:
        try:
            status = int(raw.split(b"\r\n", 1)[0].split()[1])
        except ValueError:
            status = "garbage"
    elif raw:
        status = "garbage"
    else:
        status = "silent" if ended == "open" else "closed"
    return Reply(status, raw, seconds, ended, answers)


def request(method, target, token=None, body=None, headers=(), query_token=None):
    """A request's bytes; the key goes in Authorization: Bearer, or in ?t= with query_token."""
    if query_token is not None:
        target += ("&" if "?" in target else "?") + "t=" + urllib.parse.quote(query_token, safe="")
    lines = [f"{method} {target} HTTP/1.1", f"Host: {HOST}:{PORT}"]
    if token is not None:
        lines.append(f"Authorization: Bearer {token}")
    if body is not None:
        lines.append(f"Content-Length: {len(body)}")
    lines += list(headers)
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + (body or b"")


def status_request():
    return request("GET", "/api/status", token=ARGS.token_viewer)


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


# --- phase 1 and 2: malformed HTTP and oversize bodies ----------------------------------------

def tiny_headers_head(total):
    """GET /api/status with the viewer's key and as many "a:b" headers as make the head exactly
    total bytes, its last CRLF CRLF included."""
    line = f"GET /api/status?t={urllib.parse.quote(ARGS.token_viewer, safe='')} HTTP/1.1\r\n"
    room = total - len(line) - 2
    count = room // 5
    extra = room - 5 * count
    headers = ["a:b"] * (count - 1) + ["a:b" + "b" * extra]
    head = (line + "".join(h + "\r\n" for h in headers) + "\r\n").encode()
    assert len(head) == total, (len(head), total)
    return head


def slow_cases(p1, p2):
    """The cases that wait for the 10 s head timeout, run in threads alongside the others: a
    (phase, name, bytes, expected) list."""
    v = urllib.parse.quote(ARGS.token_viewer, safe="")
    return [
        (p1, "a head that never ends (request line only)",
         f"GET /api/status?t={v} HTTP/1.1\r\n".encode(), {408}),
        (p1, "garbage without an end of head", b"\x16\x03\x01\x00\xa5\x01\x00\x00\xa1" * 20,
         {408}),
        # Qt's parser ends a line at a bare LF, so the gate does too: the head it checks is the
        # one Qt reads. A plain request in bare LFs is served.
        (p1, "bare LF line endings", f"GET /api/status?t={v} HTTP/1.1\nHost: x\n\n".encode(),
         {200}),
        (p1, "only CRLF CRLF", b"\r\n\r\n", {408, "closed", 400}),
        (p2, "Content-Length 100 with 10 bytes sent, held open",
         request("POST", "/api/acts/message", token=ARGS.token_viewer, body=b"x" * 100)[:-90],
         {408}),
    ]


def run_slow(phase, case, payload, expect, results):
    results.append((phase, case, expect, exchange(payload, timeout=13.0)))


def phase_malformed(p):
    v = urllib.parse.quote(ARGS.token_viewer, safe="")
    status_line = f"GET /api/status?t={v} HTTP/1.1\r\n".encode()
    bad_answers_404 = {404}
    cases = [
        ("garbage bytes", bytes(range(256)) * 4 + b"\r\n\r\n", {"closed", 400}),
        ("a request line without version", f"GET /api/status?t={v}\r\n\r\n".encode(),
         {"closed", 400}),
        ("GET / HTTP/9.9", b"GET / HTTP/9.9\r\nHost: x\r\n\r\n", None),
        ("binary NULs", b"\x00" * 1024 + b"\r\n\r\n", {"closed", 400}),
        ("a header without colon", status_line + b"this header has no colon\r\n\r\n", None),
        ("tiny headers, head of exactly 8 KiB", tiny_headers_head(8192), {200}),
        ("tiny headers, head of 8 KiB + 1", tiny_headers_head(8193), {431}),
        ("10,000 tiny headers", status_line + b"a:b\r\n" * 10000 + b"\r\n", {431, "closed"}),
        ("a head of 1 MiB", status_line + b"X-Filler: 0123456789abcdef\r\n" * 37450 + b"\r\n",
         {431, "closed"}),
        ("a header line of 100 KiB", status_line + b"X-Long: " + b"a" * 102400 + b"\r\n\r\n",
         {431, "closed"}),
        ("an absurd method (BREW /)", b"BREW / HTTP/1.1\r\nHost: x\r\n\r\n", None),
        ("a method of 200 letters", b"A" * 200 + b" / HTTP/1.1\r\n\r\n", None),
        ("a path of 7 KiB", b"GET /" + b"a" * 7168 + b" HTTP/1.1\r\n\r\n", bad_answers_404),
        ("an asset name of 7 KiB", b"GET /assets/" + b"a" * 7168 + b".js HTTP/1.1\r\n\r\n",
         bad_answers_404),
        ("traversal /assets/..%2f..%2fetc/passwd",
         b"GET /assets/..%2f..%2fetc/passwd HTTP/1.1\r\n\r\n", bad_answers_404),
        ("traversal /assets/../../meeting", b"GET /assets/../../meeting HTTP/1.1\r\n\r\n",
         {404, 400, "closed"}),
        ("traversal /assets/%2e%2e/%2e%2e/etc/passwd",
         b"GET /assets/%2e%2e/%2e%2e/etc/passwd HTTP/1.1\r\n\r\n", {404, 400, "closed"}),
        ("double-encoded traversal /assets/..%252f..%252fetc%252fpasswd",
         b"GET /assets/..%252f..%252fetc%252fpasswd HTTP/1.1\r\n\r\n", bad_answers_404),
        ("backslash traversal /assets/..\\..\\meeting",
         b"GET /assets/..\\..\\meeting HTTP/1.1\r\n\r\n", {404, 400, "closed"}),
        ("traversal after a real asset /assets/timer.html/../../../etc/passwd",
         b"GET /assets/timer.html/../../../etc/passwd HTTP/1.1\r\n\r\n", {404, 400, "closed"}),
        ("a percent-encoded NUL /assets/timer.html%00.js",
         b"GET /assets/timer.html%00.js HTTP/1.1\r\n\r\n", {404, 400, "closed"}),
        ("a NUL in the path", b"GET /api/st\x00atus?t=" + v.encode() + b" HTTP/1.1\r\n\r\n",
         {"closed", 400, 404}),
        ("an absolute URI", f"GET http://{HOST}:{PORT}/api/status?t={v} HTTP/1.1\r\n\r\n".encode(),
         None),
        ("the asterisk target (GET *)", b"GET * HTTP/1.1\r\n\r\n", None),
        ("CONNECT to another port", b"CONNECT 127.0.0.1:22 HTTP/1.1\r\n\r\n", None),
        ("a header folded over two lines", status_line + b"X-Folded: a\r\n b\r\n\r\n", None),
        ("a header name with a space", status_line + b"Bad Name: x\r\n\r\n", None),
        ("UTF-8 in the path", "GET /assets/é.js HTTP/1.1\r\n\r\n".encode(), {404, 400, "closed"}),
        # A leading empty line, which HTTP lets a server skip, must not let a head past the gate
        # unmeasured: the head after it is over 8 KiB.
        ("an empty line, then a head of 60 KiB",
         b"\r\n\r\n" + status_line + b"X-Filler: 0123456789abcdef\r\n" * 2200 + b"\r\n",
         {431, "closed"}),
    ]
    for case, payload, expect in cases:
        reply = http_case(p, case, payload, expect, timeout=4.0)
        if "traversal" in case or "NUL" in case:
            if reply.status == 200 or b"root:" in reply.raw:
                B.fail(p, case, "served a file outside the pages")


def phase_oversize(p):
    viewer = ARGS.token_viewer
    act = "/api/acts/message"
    big = b'{"text": "' + b"a" * (65536 - 12) + b'"}'
    assert len(big) == 65536
    # The refusal must come before the body: only the head is sent, and the 413 must come back
    # at once, well before the timeout.
    for case, length in (("Content-Length 65537, head only", 65537),
                         ("Content-Length 10 MiB, head only", 10 * 1024 * 1024)):
        head = request("POST", act, token=viewer).replace(
            b"\r\n\r\n", f"\r\nContent-Length: {length}\r\n\r\n".encode())
        reply = http_case(p, case, head, {413}, timeout=3.0)
        if reply.status == 413 and reply.seconds > 1.0:
            B.fail(p, case, f"the 413 took {reply.seconds:.2f} s")
    cases = [
        ("Content-Length 65537 with the body sent",
         request("POST", act, token=viewer, body=big + b" "), {413, "closed"}),
        ("Content-Length 65536, the limit, with its body",
         request("POST", act, token=viewer, body=big), {403}),
        ("a body longer than its Content-Length",
         request("POST", act, token=viewer, body=b"{}")
         + b"GET /api/whoami?t=" + ARGS.token_chair.encode() + b" HTTP/1.1\r\n\r\n"
         + b"x" * 5000, {403}),
        ("a second request after the first (pipelined)",
         request("GET", "/api/whoami", token=viewer)
         + request("GET", "/api/whoami", token=ARGS.token_chair), {200}),
        ("Transfer-Encoding: chunked",
         request("POST", act, token=viewer, headers=["Transfer-Encoding: chunked"])
         + b"2\r\n{}\r\n0\r\n\r\n", {411}),
        ("Transfer-Encoding: chunked and a Content-Length",
         request("POST", act, token=viewer, body=b"2\r\n{}\r\n0\r\n\r\n",
                 headers=["Transfer-Encoding: chunked"]), {411}),
        ("Transfer-Encoding: identity",
         request("POST", act, token=viewer, body=b"{}", headers=["Transfer-Encoding: identity"]),
         {411}),
    ]
    for bad in ("abc", "-1", "+2", "0x10", "1e3", "", "2, 2", "99999999999999999999999", "2 2"):
        head = request("POST", act, token=viewer).replace(
            b"\r\n\r\n", f"\r\nContent-Length: {bad}\r\n\r\n".encode())
        cases.append((f"Content-Length: {bad!r}", head + b"{}", {400}))
    cases += [
        ("two Content-Length headers (2 and 100)",
         request("POST", act, token=viewer, body=b"{}", headers=["Content-Length: 100"]), None),
        # The leading empty line again: what follows must meet the gate's limits all the same.
        ("an empty line, then Transfer-Encoding: chunked",
         b"\r\n\r\n" + request("POST", act, token=viewer, headers=["Transfer-Encoding: chunked"])
         + b"2\r\n{}\r\n0\r\n\r\n", {411}),
        ("an empty line, then Content-Length 10 MiB, head only",
         b"\r\n\r\n" + request("POST", act, token=viewer).replace(
             b"\r\n\r\n", b"\r\nContent-Length: 10485760\r\n\r\n"), {413}),
    ]
    for case, payload, expect in cases:
        reply = http_case(p, case, payload, expect, timeout=3.0)
        if case.startswith("a second request") and reply.status == 200:
            if (reply.json() or {}).get("role") != "viewer":
                B.fail(p, case, f"answered the second request: {reply.body()[:80]!r}")
    # A client that promises more than it sends, then closes its side: dropped, not answered.
    payload = request("POST", act, token=viewer, body=b"x" * 100)[:-90]
    reply = http_case(p, "Content-Length 100 with 10 bytes sent, then the client closes",
                      payload, {"closed"}, timeout=3.0, half_close=True)
    if reply.seconds > 2.0:
        B.fail(p, "Content-Length 100 with 10 bytes sent, then the client closes",
               f"the server took {reply.seconds:.2f} s to drop it")


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
            reply = exchange(request("POST", f"/api/acts/{act}", token=ARGS.token_chair,
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
    reply = exchange(request("POST", "/api/acts/inscribe", token=ARGS.token_chair,
                             body=b'{"delegation": "Cameroon", "speaker": "Battery control"}'))
    B.record(p, "control: the chair inscribes with a good body", reply.status)
    check_answer(p, "control: the chair inscribes with a good body", reply, {200})
    if reply.status == 200 and journal_length() != after + 1:
        B.fail(p, "control", "a good act did not add one entry to the journal")
    p.journal_delta = 0  # with the right key: not counted as acts without it


# --- phase 4: WebSocket frames ----------------------------------------------------------------

class WebSocket:
    """A client WebSocket over a raw socket, so it can send what no browser would."""

    def __init__(self, token=None, origin=None, key=None, version="13", source=None):
        self.sock = socket.create_connection((HOST, PORT), timeout=5,
                                             source_address=(source, 0) if source else None)
        self.key = key if key is not None else base64.b64encode(os.urandom(16)).decode()
        target = "/ws" if token is None else "/ws?t=" + urllib.parse.quote(token, safe="")
        lines = [f"GET {target} HTTP/1.1", f"Host: {HOST}:{PORT}", "Upgrade: websocket",
                 "Connection: Upgrade", f"Sec-WebSocket-Version: {version}"]
        if self.key:
            lines.append(f"Sec-WebSocket-Key: {self.key}")
        if origin:
            lines.append(f"Origin: {origin}")
        self.sock.sendall(("\r\n".join(lines) + "\r\n\r\n").encode())
        self.buffer = b""
        self.status = None
        self.head = b""
        deadline = time.monotonic() + 10
        while b"\r\n\r\n" not in self.buffer:
            try:
                chunk = self._recv(deadline)
            except TimeoutError:
                self.status = "silent"
                return
            if not chunk:
                self.status = "closed"
                return
            self.buffer += chunk
        self.head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
        try:
            self.status = int(self.head.split(b"\r\n", 1)[0].split()[1])
        except (IndexError, ValueError):
            self.status = "garbage"

    def accept_ok(self):
        expected = base64.b64encode(hashlib.sha1(self.key.encode() + WS_GUID).digest())
        for line in self.head.split(b"\r\n")[1:]:
            name, _, value = line.partition(b":")
            if name.strip().lower() == b"sec-websocket-accept":
                return value.strip() == expected
        return False

    def _recv(self, deadline):
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError
        self.sock.settimeout(left)
        try:
            return self.sock.recv(65536)
        except socket.timeout:
            raise TimeoutError from None
        except (ConnectionResetError, ConnectionAbortedError):
            return b""

    def send_raw(self, data):
        try:
            self.sock.sendall(data)
            return True
        except (BrokenPipeError, ConnectionResetError, socket.timeout):
            return False

    def send(self, opcode, payload=b"", fin=True, rsv=0, masked=True, length=None):
        return self.send_raw(frame(opcode, payload, fin, rsv, masked, length))

    def ping_json(self, ident):
        body = json.dumps({"type": "ping", "id": ident, "client_sent": int(time.time() * 1000)})
        return self.send(0x1, body.encode())

    def read_frame(self, deadline):
        """(opcode, payload), or None when the server closed the connection; TimeoutError."""
        while True:
            if len(self.buffer) >= 2:
                b0, b1 = self.buffer[0], self.buffer[1]
                n = b1 & 0x7F
                at = 2
                if n == 126:
                    if len(self.buffer) >= 4:
                        n = struct.unpack(">H", self.buffer[2:4])[0]
                    at = 4
                elif n == 127:
                    if len(self.buffer) >= 10:
                        n = struct.unpack(">Q", self.buffer[2:10])[0]
                    at = 10
                if b1 & 0x80:
                    at += 4
                if len(self.buffer) >= at and len(self.buffer) >= at + n:
                    payload = self.buffer[at:at + n]
                    if b1 & 0x80:
                        payload = unmask(payload, self.buffer[at - 4:at])
                    self.buffer = self.buffer[at + n:]
                    return b0 & 0x0F, payload
            chunk = self._recv(deadline)
            if not chunk:
                return None
            self.buffer += chunk

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass


def unmask(payload, key):
    whole = int.from_bytes(payload, "big") if payload else 0
    keys = int.from_bytes((key * (len(payload) // 4 + 1))[:len(payload)], "big") if payload else 0
    return (whole ^ keys).to_bytes(len(payload), "big") if payload else b""


def frame(opcode, payload=b"", fin=True, rsv=0, masked=True, length=None):
    n = len(payload) if length is None else length
    head = bytes([(0x80 if fin else 0) | (rsv << 4) | opcode])
    bit = 0x80 if masked else 0
    if n < 126:
        head += bytes([bit | n])
    elif n < 65536:
        head += bytes([bit | 126]) + struct.pack(">H", n)
    else:
        head += bytes([bit | 127]) + struct.pack(">Q", n)
    if not masked:
        return head + payload
    key = os.urandom(4)
    return head + key + unmask(payload, key)


def settle(ws, probe_id, seconds=2.0):
    """What became of a WebSocket: "close CODE" (a close frame), "closed" (the connection
    dropped), "answered" (the probe ping got its pong: the bad input was ignored) or "silent"."""
    deadline = time.monotonic() + seconds
    pongs = 0
    control_pongs = 0
    try:
        while True:
            got = ws.read_frame(deadline)
            if got is None:
                return "closed", pongs, control_pongs
            opcode, payload = got
            if opcode == 0x8:
                code = struct.unpack(">H", payload[:2])[0] if len(payload) >= 2 else "none"
                return f"close {code}", pongs, control_pongs
            if opcode == 0xA:
                control_pongs += 1
            if opcode == 0x1:
                try:
                    message = json.loads(payload)
                except ValueError:
                    continue
                if message.get("type") == "pong":
                    pongs += 1
                    if message.get("id") == probe_id:
                        return "answered", pongs, control_pongs
    except TimeoutError:
        return "silent", pongs, control_pongs


def first_state(ws):
    """The state a WebSocket is sent as soon as it is open."""
    deadline = time.monotonic() + 5
    try:
        got = ws.read_frame(deadline)
    except TimeoutError:
        return None
    if got is None or got[0] != 0x1:
        return None
    try:
        return json.loads(got[1])
    except ValueError:
        return None


def phase_websocket(p):
    frames = ADDRESSES["frames"]
    observer = WebSocket(ARGS.token_viewer, source=frames)
    if observer.status != 101 or not observer.accept_ok():
        B.fail(p, "the observer's handshake", f"{observer.status}, accept ok: "
                                             f"{observer.accept_ok()}")
    state = first_state(observer)
    if not state or state.get("type") != "state" or state.get("role") != "viewer":
        B.fail(p, "the observer's first message", f"not the viewer's state: {str(state)[:80]}")
    probe_ids = iter(range(1000, 100000))
    last_ping = [0.0]

    def still_served(case):
        # The observer is a page too: more than 20 messages a second would get it closed.
        time.sleep(max(0.0, last_ping[0] + 0.06 - time.monotonic()))
        last_ping[0] = time.monotonic()
        ident = next(probe_ids)
        observer.ping_json(ident)
        outcome, _, _ = settle(observer, ident)
        if outcome != "answered":
            B.fail(p, case, f"another page's WebSocket was not answered afterwards: {outcome}")
        check_alive(p, case)

    big = b"a" * (64 * 1024 + 1)
    cases = [
        ("an unmasked client frame", [frame(0x1, b'{"type":"ping","id":1}', masked=False)],
         None),
        ("reserved bits set", [frame(0x1, b"{}", rsv=0b111)], None),
        ("reserved opcode 0x3", [frame(0x3, b"x")], None),
        ("a continuation without a start", [frame(0x0, b"x")], None),
        ("a control frame of 126 bytes", [frame(0x9, b"p" * 126)], None),
        ("a fragmented control frame", [frame(0x9, b"p", fin=False)], None),
        ("a 64-bit length of 2^62", [frame(0x1, b"x" * 16, length=1 << 62)],
         {"close 1009", "closed", "close 1002"}),
        ("a 64-bit length with its top bit set", [frame(0x1, b"x" * 16, length=1 << 63)],
         {"close 1009", "closed", "close 1002"}),
        ("a binary frame", [frame(0x2, b"\x00\x01\x02binary")], None),
        ("invalid UTF-8 in a text frame", [frame(0x1, b'{"type":"\xff\xfe\xc0\xaf"}')], None),
        ("a close frame with code 999", [frame(0x8, struct.pack(">H", 999) + b"bye")], None),
        ("a close frame with code 1005", [frame(0x8, struct.pack(">H", 1005))], None),
        ("a close frame of one byte", [frame(0x8, b"\x03")], None),
        ("a text frame of 64 KiB + 1", [frame(0x1, big)], {"close 1009", "closed"}),
        ("a message of 64 KiB + 1 in fragments",
         [frame(0x1, big[:40000], fin=False), frame(0x0, big[40000:], fin=True)],
         {"close 1009", "closed"}),
        ("text that is not JSON", [frame(0x1, b"not json at all")], {"answered"}),
        ("JSON that is not a ping", [frame(0x1, b'{"type":"act","act":"next"}')],
         {"answered"}),
        ("100 JSON pings in a burst",
         [b"".join(frame(0x1, json.dumps({"type": "ping", "id": i, "client_sent": 0}).encode())
                   for i in range(100))], {"close 1008"}),
        ("100 control pings in a burst", [frame(0x9, b"p%d" % i) for i in range(100)], None),
    ]
    before = journal_length()
    for case, sends, expect in cases:
        ws = WebSocket(ARGS.token_viewer, source=frames)
        if ws.status != 101:
            B.record(p, case, ws.status)
            B.fail(p, case, f"the handshake answered {ws.status}, not 101")
            ws.close()
            check_alive(p, case)
            continue
        first_state(ws)
        sent_all = all(ws.send_raw(f) for f in sends)
        ident = next(probe_ids)
        # The probe: a page's ping after the bad input. The burst case takes no probe: its close
        # must come from the burst itself.
        if sent_all and not case.startswith("100 JSON pings"):
            ws.ping_json(ident)
        outcome, pongs, control_pongs = settle(ws, ident)
        ws.close()
        B.record(p, case, outcome)
        if expect is not None and outcome not in expect:
            B.fail(p, case, f"expected {sorted(expect)}, got {outcome}")
        if case.startswith("100 JSON pings") and pongs > 20:
            B.fail(p, case, f"{pongs} pongs: more than 20 messages a second were answered")
        if case.startswith("100 control pings"):
            B.note(p, case, f"{outcome}, {control_pongs} control pongs")
        still_served(case)

    # Handshakes that must not open a WebSocket of any role.
    ws = WebSocket(None, source=frames)
    outcome = settle(ws, -1)[0] if ws.status == 101 else str(ws.status)
    ws.close()
    B.record(p, "no key", outcome)
    if outcome != "close 4001":
        B.fail(p, "no key", f"expected close 4001, got {outcome}")
    still_served("no key")
    for case, kwargs, expect in (
            ("an Origin of another site", {"origin": "http://evil.example"}, {403}),
            ("no Sec-WebSocket-Key", {"key": ""}, {400, "closed", 426}),
            ("Sec-WebSocket-Version 8", {"version": "8"}, {400, "closed", 426})):
        ws = WebSocket(ARGS.token_viewer, source=frames, **kwargs)
        status = ws.status
        ws.close()
        B.record(p, case, status)
        if status not in expect:
            B.fail(p, case, f"expected {sorted(map(str, expect))}, got {status}")
        still_served(case)
    observer.close()
    p.journal_delta = journal_length() - before


# --- phase 5: many connections ----------------------------------------------------------------

def raise_fd_limit(needed):
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and soft < needed:
        target = needed if hard == resource.RLIM_INFINITY else min(needed, hard)
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


def server_files():
    return len(os.listdir(f"/proc/{ARGS.server_pid}/fd"))


def listen_queue():
    """Connections the kernel has completed for the server's port that the server has not yet
    accepted: the receive queue of its listening socket in /proc/net/tcp."""
    port = f":{PORT:04X}"
    with open("/proc/net/tcp") as f:
        next(f)
        for line in f:
            fields = line.split()
            if fields[1].endswith(port) and fields[3] == "0A":
                return int(fields[4].split(":")[1], 16)
    return 0


def open_many(how_many, handshake=None, hold=5.0, source=None, batch=25):
    """Opens how_many connections, all open at once for hold seconds; with handshake (bytes),
    sends it on each as soon as it is connected. They are opened batch at a time, each batch
    once the server has accepted the one before: Qt listens with a backlog of 50, and a
    connection the kernel could not queue would look held to the client while the server never
    saw it. Returns (the sockets still open, counts of what became of all of them: "503",
    "101" (open), "held" (open and unanswered), "closed", "refused", ...)."""
    counts = {}
    socks = []
    poller = select.poll()

    def count(what):
        counts[what] = counts.get(what, 0) + 1

    for first in range(0, how_many, batch):
        connecting = {}
        for _ in range(min(batch, how_many - first)):
            s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
            if source:
                s.bind((source, 0))
            s.setblocking(False)
            err = s.connect_ex((HOST, PORT))
            if err not in (0, errno.EINPROGRESS):
                count("refused")
                s.close()
                continue
            connecting[s.fileno()] = s
            poller.register(s, select.POLLOUT)
        deadline = time.monotonic() + 3
        while connecting and time.monotonic() < deadline:
            for fd, _ in poller.poll(100):
                s = connecting.pop(fd, None)
                poller.unregister(fd)
                if s is None:
                    continue
                if s.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR) != 0:
                    count("refused")
                    s.close()
                    continue
                if handshake:
                    s.send(handshake)
                socks.append(s)
        for fd, s in connecting.items():
            poller.unregister(fd)
            count("never connected")
            s.close()
        deadline = time.monotonic() + 2
        while listen_queue() and time.monotonic() < deadline:
            time.sleep(0.002)
    time.sleep(hold)
    still_open = []
    for s in socks:
        try:
            data = s.recv(4096)
        except BlockingIOError:
            count("held")
            still_open.append(s)
            continue
        except OSError:
            data = b""
        if not data:
            count("closed")
            s.close()
            continue
        line = data.split(b"\r\n", 1)[0].split()
        status = line[1].decode() if data.startswith(b"HTTP/1.") and len(line) > 1 else "garbage"
        count(status)
        if status == "101":
            still_open.append(s)
        else:
            s.close()
    return still_open, counts


def answers_again(p, case, within=1.0, source=None, baseline_files=None):
    """After a crowd has gone, the server answers 200 again within the time given, to the
    address of the crowd."""
    started = time.monotonic()
    tries = 0
    while True:
        tries += 1
        last = exchange(status_request(), timeout=within, source=source)
        if last.status == 200 or time.monotonic() - started > within:
            break
        time.sleep(0.02)
    took = time.monotonic() - started
    B.record(p, case, last.status)
    print(f"battery: {case}: {last.status} after {took:.2f} s ({tries} tries)", flush=True)
    if last.status != 200 or took > within:
        why = f"answered {last.status} after {took:.2f} s and {tries} tries"
        if baseline_files is not None:
            why += (f"; the server has {server_files()} files open, {baseline_files} before the "
                    f"crowd: the connections it counts for {source or HOST} did not come down")
        B.fail(p, case, why)
    return last.status == 200


def record_counts(p, case, counts):
    for what, n in counts.items():
        for _ in range(n):
            B.record(p, case, what)


def phase_connections(p):
    limit = raise_fd_limit(4096)
    if limit < 1400:
        B.fail(p, "the fd limit", f"only {limit} files may be open; 1,000 connections need more")
        return
    before = journal_length()

    # 1,000 plain connections from 127.0.0.1 that send nothing: 256 are held by the gate, the
    # others turned away with 503 at once.
    files = server_files()
    held, counts = open_many(1000, hold=5.0)
    record_counts(p, "one of 1,000 connections", counts)
    turned, kept = counts.get("503", 0), counts.get("held", 0)
    server_held = server_files() - files
    print(f"battery: 1,000 connections from 127.0.0.1: {turned} turned away with 503, {kept} "
          f"held by the gate (the server has {server_held} more files open), all: {counts}",
          flush=True)
    if kept > 256 or server_held > 256:
        B.fail(p, "1,000 connections", f"{kept} held ({server_held} by the server's count): "
                                       "more than the 256 of one address")
    if kept != 256 or turned != 744:
        B.fail(p, "1,000 connections", f"{kept} held and {turned} turned away, not 256 and 744")
    for s in held:
        s.close()
    answers_again(p, "a request after the 1,000 are closed", baseline_files=files)
    check_alive(p, "1,000 connections")

    v = urllib.parse.quote(ARGS.token_viewer, safe="")

    def handshake():
        return (f"GET /ws?t={v} HTTP/1.1\r\nHost: {HOST}:{PORT}\r\nUpgrade: websocket\r\n"
                f"Connection: Upgrade\r\nSec-WebSocket-Version: 13\r\n"
                f"Sec-WebSocket-Key: {base64.b64encode(os.urandom(16)).decode()}\r\n\r\n"
                ).encode()

    # 300 WebSockets at once, from an address of their own: they count against its 256.
    crowd = ADDRESSES["crowd"]
    files = server_files()
    held, counts = open_many(300, handshake=handshake(), hold=2.0, source=crowd)
    record_counts(p, "one of 300 WebSockets", counts)
    upgraded = counts.get("101", 0)
    print(f"battery: 300 WebSockets from {crowd}: {upgraded} open, {counts.get('503', 0)} "
          f"turned away with 503, all: {counts}", flush=True)
    if upgraded != 256 or counts.get("503", 0) != 44:
        B.fail(p, "300 WebSockets", f"{upgraded} open and {counts.get('503', 0)} turned away, "
                                    f"not 256 and 44: {counts}")
    full = exchange(status_request(), timeout=3.0, source=crowd)
    B.record(p, "a request from their address while they are open", full.status)
    check_answer(p, "a request from their address while they are open", full, {503})
    other = exchange(status_request(), timeout=3.0)
    B.record(p, "a request from 127.0.0.1 while they are open", other.status)
    check_answer(p, "a request from 127.0.0.1 while they are open", other, {200})
    print(f"battery: while they are open a request from {crowd} gets {full.status}, one from "
          f"127.0.0.1 {other.status}", flush=True)
    for s in held:
        s.close()
    answers_again(p, "a request after the 300 WebSockets are closed", source=crowd,
                  baseline_files=files)

    # WebSockets opened and closed one at a time: never more than one open, so the 257th must
    # be taken like the first, and the address served afterwards.
    lone = ADDRESSES["one at a time"]
    files = server_files()
    first_refused = None
    for i in range(257):
        ws = WebSocket(ARGS.token_viewer, source=lone)
        B.record(p, "one of 257 WebSockets one at a time", ws.status)
        if ws.status != 101 and first_refused is None:
            first_refused = (i + 1, ws.status)
        ws.close()
    print(f"battery: 257 WebSockets one at a time from {lone}: "
          + ("all opened" if first_refused is None else
             f"number {first_refused[0]} was answered {first_refused[1]}"), flush=True)
    if first_refused is not None:
        B.fail(p, "257 WebSockets one at a time",
               f"WebSocket number {first_refused[0]} was answered {first_refused[1]}, with none "
               f"of the others still open: each closed WebSocket still counts against "
               f"{lone}'s 256")
    answers_again(p, "a request after 257 WebSockets one at a time", source=lone,
                  baseline_files=files)
    check_alive(p, "300 WebSockets")
    p.journal_delta = journal_length() - before


# --- phase 6: every act with every role that may not, then the wrong keys ---------------------

def wrong_keys():
    """Keys that are almost right: each counts as one wrong key."""
    chair = ARGS.token_chair
    flip = chr(ord(chair[5]) ^ 1) if chair[5].isalnum() else "A"
    return [
        ("the chair's key less its last letter", chair[:-1]),
        ("the chair's key and one letter more", chair + "A"),
        ("the chair's key after a dash", "-" + chair),
        ("the chair's key in the other case", chair.swapcase()),
        ("the chair's key with one letter changed", chair[:5] + flip + chair[6:]),
        ("the viewer's key backwards", ARGS.token_viewer[::-1]),
        ("a key of 43 x", "x" * 43),
        ("a key of one letter", "A"),
        ("the staff's key twice", ARGS.token_staff * 2),
        ("the timekeeper's key and the chair's", ARGS.token_timekeeper + ARGS.token_chair),
        ("a key of 1,000 letters", "k" * 1000),
        ("the chair's key with a space inside", chair[:10] + " " + chair[10:]),
    ]


def phase_roles(p):
    before = journal_length()
    keys = {"viewer": ARGS.token_viewer, "timekeeper": ARGS.token_timekeeper,
            "staff": ARGS.token_staff}
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
                  request("POST", f"/api/acts/{act}", token=ARGS.token_viewer,
                          query_token=ARGS.token_chair, body=GOOD_BODIES[act]), {403}, alive=False)
        http_case(p, f"{act} by the chair from another site's page",
                  request("POST", f"/api/acts/{act}", token=ARGS.token_chair,
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
                          headers=[f"Authorization: bearer {ARGS.token_chair}"]),
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
    ws = WebSocket("wrong-" + ARGS.token_chair)
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
    with open(ARGS.server_log, errors="replace") as f:
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


def main():
    global ARGS, PORT, HOST
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--base", required=True)
    for role in ("viewer", "timekeeper", "staff", "chair"):
        parser.add_argument(f"--token-{role}", required=True)
    parser.add_argument("--cli", required=True)
    parser.add_argument("--meeting", required=True)
    parser.add_argument("--server-pid", type=int, required=True)
    parser.add_argument("--server-log", required=True)
    ARGS = parser.parse_args()
    url = urllib.parse.urlsplit(ARGS.base)
    HOST, PORT = url.hostname, url.port
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

    print()
    for p in (p1, p2, p4):
        for case, status in p.details:
            print(f"battery: {p.name}: {case}: {status}")
    print()
    print(f"{'phase':36} {'cases':>6} {'crashes':>8} {'acts w/o key':>13}  statuses")
    for p in B.phases:
        statuses = ", ".join(f"{k}: {v}" for k, v in sorted(p.statuses.items()))
        print(f"{p.name:36} {p.cases:6} {p.crashes:8} {p.unkeyed:13}  {statuses}")
    print()
    for p in B.phases:
        print(f"battery: {p.name}: {p.cases} cases, statuses "
              f"{json.dumps(dict(sorted(p.statuses.items())))}, crashes {p.crashes}, "
              f"acts without the right key {p.unkeyed}")
    total = sum(p.cases for p in B.phases)
    crashes = sum(p.crashes for p in B.phases)
    unkeyed = sum(p.unkeyed for p in B.phases)
    print(f"battery: TOTAL: {total} cases, {crashes} crashes, {unkeyed} acts done without the "
          f"right key, {'server still answers' if answering else 'SERVER DOES NOT ANSWER'}")
    print(f"battery: ran in {time.monotonic() - started:.1f} s")
    if B.failures or not answering:
        print(f"battery: {len(B.failures)} violations:")
        for line in B.failures:
            print(line)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
