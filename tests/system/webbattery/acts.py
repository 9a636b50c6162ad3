"""The server's acts, which role may do which, and a body each would take: the facts about
the web API that phases 3 and 6 are built from, held apart from either phase so that both
send to the same list of acts."""


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
