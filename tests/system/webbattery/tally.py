"""The battery's bookkeeping: each phase's cases and what they were answered, the violations
(FAIL lines) and notes as they happen, and the summary printed at the end (the cases of the
phases told one by one, the table, a line per phase and the TOTAL line). Apart from the
phases so that they only record, and the counting is the same for all; the lock is for the
slow cases, which record from their own threads."""
import json
import threading
import time


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


def summarize(told, answering, started):
    """Prints what the battery found, the cases of the phases in told one by one first, and
    returns the exit code: 1 for any violation or a server that no longer answers."""
    print()
    for p in told:
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
