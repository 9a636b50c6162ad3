"""Phase 5: many connections. 1,000 plain connections at once from 127.0.0.1, 300 WebSockets at
once from an address of their own, and 257 WebSockets opened and closed one at a time: the gate
must hold 256 per address and turn the rest away with 503, leave the other addresses served,
and let an address in again as soon as its crowd has gone. Its own module because it needs its
own tools: more files, connections opened in batches, and the server's /proc to count them."""
import base64
import errno
import os
import resource
import select
import socket
import time
import urllib.parse

from . import settings
from .server import check_alive, check_answer, journal_length, status_request
from .settings import ADDRESSES
from .tally import B
from .wire import WebSocket, exchange


# --- phase 5: many connections ----------------------------------------------------------------

def raise_fd_limit(needed):
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != resource.RLIM_INFINITY and soft < needed:
        target = needed if hard == resource.RLIM_INFINITY else min(needed, hard)
        resource.setrlimit(resource.RLIMIT_NOFILE, (target, hard))
    return resource.getrlimit(resource.RLIMIT_NOFILE)[0]


def server_files():
    return len(os.listdir(f"/proc/{settings.ARGS.server_pid}/fd"))


def listen_queue():
    """Connections the kernel has completed for the server's port that the server has not yet
    accepted: the receive queue of its listening socket in /proc/net/tcp."""
    port = f":{settings.PORT:04X}"
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
            err = s.connect_ex((settings.HOST, settings.PORT))
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
                    f"crowd: the connections it counts for {source or settings.HOST} did not "
                    f"come down")
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

    v = urllib.parse.quote(settings.ARGS.token_viewer, safe="")

    def handshake():
        return (f"GET /ws?t={v} HTTP/1.1\r\nHost: {settings.HOST}:{settings.PORT}\r\n"
                f"Upgrade: websocket\r\n"
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
        ws = WebSocket(settings.ARGS.token_viewer, source=lone)
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
