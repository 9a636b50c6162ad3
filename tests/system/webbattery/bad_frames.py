"""Phase 4: bad WebSocket frames and handshakes. Each case opens a viewer's WebSocket, sends
what RFC 6455 forbids or the limits refuse (unmasked frames, reserved bits and opcodes, huge
lengths, oversize messages, bursts), and sees whether the server closes it as it should or
ignores the input and still answers a probe; an observer's WebSocket, another page, must be
served throughout. Apart from the HTTP phases: frames go to the WebSocket's own parser."""
import json
import struct
import time

from . import settings
from .server import check_alive, journal_length
from .settings import ADDRESSES
from .tally import B
from .wire import WebSocket, first_state, frame, settle


# --- phase 4: WebSocket frames ----------------------------------------------------------------

def phase_websocket(p):
    frames = ADDRESSES["frames"]
    observer = WebSocket(settings.ARGS.token_viewer, source=frames)
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
        ws = WebSocket(settings.ARGS.token_viewer, source=frames)
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
        ws = WebSocket(settings.ARGS.token_viewer, source=frames, **kwargs)
        status = ws.status
        ws.close()
        B.record(p, case, status)
        if status not in expect:
            B.fail(p, case, f"expected {sorted(map(str, expect))}, got {status}")
        still_served(case)
    observer.close()
    p.journal_delta = journal_length() - before
