"""Where the server under test listens, its keys, and the addresses the battery speaks from.
run.main fills HOST, PORT and ARGS in from the command line before any phase runs, and every
other module reads them here, as settings.HOST and so on, at the moment it needs them (a
`from settings import HOST` would copy the value before it is set). Kept apart so that the wire,
the checks and the phases read the same values without importing the run that sets them."""
import socket


HOST = "127.0.0.1"
PORT = 0
ARGS = None
# Where the WebSockets come from: each count against their address's 256 connections, so the
# phases that open many keep to addresses of their own (all of 127.0.0.0/8 is this machine),
# and 127.0.0.1, for everything else, is not crowded by them. choose_addresses() falls back to
# 127.0.0.1 where another address cannot be had.
ADDRESSES = {"frames": "127.0.0.4", "crowd": "127.0.0.2", "one at a time": "127.0.0.3"}


def choose_addresses():
    for use, address in ADDRESSES.items():
        try:
            with socket.socket() as s:
                s.bind((address, 0))
        except OSError:
            print(f"battery: note: {address} cannot be bound; {use} comes from 127.0.0.1")
            ADDRESSES[use] = None
