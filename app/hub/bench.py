"""How fast a laptop can push and pull through a hub: `bench_push_pull(enrol_dsn)`.

Registers a throwaway team on the hub the enrolment DSN names (run it against a test hub, not a
team's), pushes `n` operations of about 1 KB in batches, then pulls and verifies them all.
"""

from __future__ import annotations

import os
import time
import uuid

from app.hub.chain import GENESIS
from app.hub.client import HubClient
from app.hub.wire import WireOp


def bench_push_pull(dsn: str, n: int = 1000, batch: int = 200, size: int = 1024) -> dict[str, float]:
    """Seconds to push `n` ops (in batches of `batch`) and to pull + verify them (pages of 500),
    plus the count pulled and the push rate. `dsn` is an enrolment DSN."""
    with HubClient(dsn) as enrol:
        team = enrol.create_team(os.urandom(32), os.urandom(32))
    ops = [WireOp(uuid.uuid4(), "team", 1, os.urandom(16), os.urandom(96), os.urandom(size - 96))
           for _ in range(n)]
    with HubClient(team.credentials.dsn) as hub:
        hub.register_epoch("team", 1, b"bench")
        hub.head()   # connect outside the timings
        started = time.perf_counter()
        for i in range(0, n, batch):
            hub.push(ops[i:i + batch])
        pushed = time.perf_counter()
        cursor, count = GENESIS, 0
        while True:
            rows, cursor = hub.pull_verified(cursor, 500)
            count += len(rows)
            if not rows:
                break
        pulled = time.perf_counter()
    push_s, pull_s = pushed - started, pulled - pushed
    return {"ops": float(n), "op_bytes": float(size), "push_s": push_s, "pull_verify_s": pull_s,
            "pulled": float(count), "push_ops_per_s": n / push_s if push_s else 0.0,
            "pull_ops_per_s": count / pull_s if pull_s else 0.0}
