"""Pushing a long backlog: sealing and pushing in rounds (now) against one round (before).

    .venv/bin/python -m app.devtools.bench_push [--persons 85]

A vault gets demo histories for `persons` persons (85 make about 12,700 operations), frozen
into pending operations once; each mode then runs in a child process of its own (for a clean
peak memory) on a copy of that vault, which creates a team on a fresh hub database and pushes.
"before" sets SEAL_BATCH above the backlog, which is exactly the old path: every operation
sealed into the team state at once, the state rewritten after each batch of 500. Reported per
mode: push time, state saves, sealed operations written by those saves in total, time in the
saves (serialising and writing the state), peak memory. Needs the hub tests' throwaway
PostgreSQL (root, Debian's server binaries); otherwise: not measured.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any


def _build(folder: Path, persons: int) -> int:
    from app.devtools.bench_compare import BENCH_PASSPHRASE
    from app.devtools.demo import add_demo_data
    from app.services.shared.workspace import Workspace
    from app.services.sync.replica import pending_operations
    from app.store.keyslots import INSECURE_TEST_KDF

    ws, _ = Workspace.create(folder, "origin", BENCH_PASSPHRASE, role="supervisor", params=INSECURE_TEST_KDF)
    try:
        add_demo_data(ws, persons=persons, seed=1)
        return len(pending_operations(ws))
    finally:
        ws.lock()


def _push_one(folder: Path, enrol_dsn: str, mode: str) -> dict[str, Any]:
    """In the child: create the team on this copy and push its whole backlog once."""
    from app.devtools.bench_compare import BENCH_PASSPHRASE
    from app.hub.client import HubClient
    from app.services.shared.workspace import Workspace
    from app.services.team import exchange, setup
    from app.services.team.state import require_state

    ws = Workspace.open(folder, "origin", BENCH_PASSPHRASE)
    try:
        setup.create_team(ws, enrol_dsn)
        if mode == "before":
            exchange.SEAL_BATCH = 10 ** 9          # one round: the path before rounds existed
        saves = {"count": 0, "sealed": 0, "seconds": 0.0}
        real_save = exchange.save_state

        def save_state(session: Any, state: Any) -> None:
            saves["count"] += 1
            saves["sealed"] += len(state.sealed)
            started = time.perf_counter()
            real_save(session, state)
            session.flush()                         # the row written, not only assigned
            saves["seconds"] += time.perf_counter() - started

        exchange.save_state = save_state
        with ws.read() as session:
            state = require_state(session)
        started = time.perf_counter()
        with HubClient(state.dsn) as hub:
            pushed = exchange.push(ws, hub, state)
        push_s = time.perf_counter() - started
    finally:
        ws.lock()
    return {"mode": mode, "pushed": pushed, "push_s": round(push_s, 1), "state_saves": saves["count"],
            "sealed_ops_written": saves["sealed"], "save_s": round(saves["seconds"], 1),
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}


def bench_push(persons: int = 85, modes: tuple[str, ...] = ("before", "after")) -> dict[str, Any]:
    from app.devtools.pg_cluster import ADMIN, ClusterUnavailable, start_cluster, stop_cluster
    from app.hub.admin import init_hub

    root = Path(tempfile.mkdtemp(prefix="relais-push-"))
    env = dict(os.environ, RELAIS_STATE_DIR=str(root / "state"))
    saved_state = os.environ.get("RELAIS_STATE_DIR")
    os.environ["RELAIS_STATE_DIR"] = env["RELAIS_STATE_DIR"]
    try:
        cluster = start_cluster()
    except ClusterUnavailable as why:
        _restore(saved_state)
        shutil.rmtree(root, ignore_errors=True)
        return {"persons": persons, "not_measured": str(why)}
    try:
        result: dict[str, Any] = {"persons": persons, "backlog": _build(root / "origin", persons)}
        for mode in modes:
            copy = root / mode
            shutil.copytree(root / "origin", copy)
            dbname = f"push_{secrets.token_hex(4)}"
            with cluster.superuser() as conn:
                conn.execute(f'CREATE DATABASE "{dbname}" OWNER {ADMIN}')
            enrol = init_hub(cluster.admin_dsn(dbname))
            child = subprocess.run([sys.executable, "-m", "app.devtools.bench_push", "--child", mode, str(copy)],
                                   input=enrol, capture_output=True, text=True, env=env, check=True)
            result[mode] = json.loads(child.stdout.strip().splitlines()[-1])
            shutil.rmtree(copy, ignore_errors=True)
        return result
    finally:
        stop_cluster(cluster)
        _restore(saved_state)
        shutil.rmtree(root, ignore_errors=True)


def _restore(saved_state: str | None) -> None:
    if saved_state is None:
        os.environ.pop("RELAIS_STATE_DIR", None)
    else:
        os.environ["RELAIS_STATE_DIR"] = saved_state


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=85)
    parser.add_argument("--child", nargs=2, metavar=("MODE", "VAULT"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    from app.store.keyslots import insecure_test_kdf

    with insecure_test_kdf():                       # throwaway vaults: cheap Argon2id
        if args.child:
            mode, folder = args.child
            print(json.dumps(_push_one(Path(folder), sys.stdin.read().strip(), mode)))
            return
        print(json.dumps(bench_push(args.persons), indent=1))


if __name__ == "__main__":
    main()
