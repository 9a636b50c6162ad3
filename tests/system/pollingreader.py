# A second reader for the kill -9 storm: polls the meeting file's journal head through its own
# SQLite connection, the way another program watching the meeting would, for as long as the
# storm lasts. On SIGTERM it prints one line and exits:
#   reader <reads> <highest head seen> <times the head went backwards> <damaged reads> <other errors>
# A head that goes backwards is an act that was there and then was not; a damaged read is a
# reader that met a half-written file.
import signal
import sqlite3
import sys
import time

path = sys.argv[1]
reads = seen = backwards = damaged = errors = 0


def finish(*_):
    print(f"reader {reads} {seen} {backwards} {damaged} {errors}", flush=True)
    sys.exit(0)


signal.signal(signal.SIGTERM, finish)
while True:
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            for _ in range(20):
                head = connection.execute("SELECT coalesce(max(id), 0) FROM journal").fetchone()[0]
                reads += 1
                if head < seen:
                    backwards += 1
                seen = max(seen, head)
                time.sleep(0.005)
        finally:
            connection.close()
    except sqlite3.DatabaseError as e:
        text = str(e)
        if "malformed" in text or "not a database" in text:
            damaged += 1
        else:
            errors += 1
        time.sleep(0.01)
