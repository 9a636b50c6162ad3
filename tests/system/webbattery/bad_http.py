"""Phases 1 and 2: malformed HTTP (garbage, heads at and over the 8 KiB limit, absurd methods,
traversal, NULs, odd targets) and oversize or lying bodies (Content-Length over 64 KiB, chunked,
bad or doubled lengths, pipelining), and the slow cases that wait for the 10 s head timeout.
Together because both are about the gate in front of Qt's HTTP parser and its limits
(431, 413, 411, 400, 408); the slow cases are run in threads by run.py alongside phases 1 to 4.
"""
import urllib.parse

from . import settings
from .server import http_case
from .tally import B
from .wire import exchange, request


# --- phase 1 and 2: malformed HTTP and oversize bodies ----------------------------------------

def tiny_headers_head(total):
    """GET /api/status with the viewer's key and as many "a:b" headers as make the head exactly
    total bytes, its last CRLF CRLF included."""
    v = urllib.parse.quote(settings.ARGS.token_viewer, safe="")
    line = f"GET /api/status?t={v} HTTP/1.1\r\n"
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
    v = urllib.parse.quote(settings.ARGS.token_viewer, safe="")
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
         request("POST", "/api/acts/message", token=settings.ARGS.token_viewer,
                 body=b"x" * 100)[:-90],
         {408}),
    ]


def run_slow(phase, case, payload, expect, results):
    results.append((phase, case, expect, exchange(payload, timeout=13.0)))


def phase_malformed(p):
    v = urllib.parse.quote(settings.ARGS.token_viewer, safe="")
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
        ("an absolute URI",
         f"GET http://{settings.HOST}:{settings.PORT}/api/status?t={v} HTTP/1.1\r\n\r\n".encode(),
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
    viewer = settings.ARGS.token_viewer
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
         + b"GET /api/whoami?t=" + settings.ARGS.token_chair.encode() + b" HTTP/1.1\r\n\r\n"
         + b"x" * 5000, {403}),
        ("a second request after the first (pipelined)",
         request("GET", "/api/whoami", token=viewer)
         + request("GET", "/api/whoami", token=settings.ARGS.token_chair), {200}),
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
