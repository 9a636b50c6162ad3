"""The battery's client side of the wire: HTTP requests written and read over raw sockets, and
a WebSocket client that writes its own frames. Raw, not urllib or a WebSocket library, because
the battery must send what no well-behaved client would (bare LFs, lying lengths, unmasked or
reserved frames) and see exactly what comes back, connection end included. Kept apart from the
phases so each phase reads as a list of cases, not as socket handling."""
import base64
import hashlib
import json
import os
import select
import socket
import struct
import time
import urllib.parse

from . import settings


WS_GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"


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
        s = socket.create_connection((settings.HOST, settings.PORT), timeout=5,
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
    lines = [f"{method} {target} HTTP/1.1", f"Host: {settings.HOST}:{settings.PORT}"]
    if token is not None:
        lines.append(f"Authorization: Bearer {token}")
    if body is not None:
        lines.append(f"Content-Length: {len(body)}")
    lines += list(headers)
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + (body or b"")


# --- a WebSocket over a raw socket ------------------------------------------------------------

class WebSocket:
    """A client WebSocket over a raw socket, so it can send what no browser would."""

    def __init__(self, token=None, origin=None, key=None, version="13", source=None):
        self.sock = socket.create_connection((settings.HOST, settings.PORT), timeout=5,
                                             source_address=(source, 0) if source else None)
        self.key = key if key is not None else base64.b64encode(os.urandom(16)).decode()
        target = "/ws" if token is None else "/ws?t=" + urllib.parse.quote(token, safe="")
        lines = [f"GET {target} HTTP/1.1", f"Host: {settings.HOST}:{settings.PORT}",
                 "Upgrade: websocket", "Connection: Upgrade", f"Sec-WebSocket-Version: {version}"]
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
