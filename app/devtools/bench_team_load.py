"""Load test of a team hub: simulated laptops making changes with offline periods, then in step.

    .venv/bin/python -m app.devtools.bench_team_load [--devices 10] [--changes 500] [--seed 1]

On loopback only: a throwaway PostgreSQL (as the hub tests start one) or the enrolment and
administrator DSNs given. One supervisor creates the team and invites the others (case
managers and peer workers, in turn). Then in rounds each laptop makes a few changes (a new
person, or a note changed on a person it holds) and goes online (syncs) or stays offline at
random; at the end every laptop syncs until all are in step. Reported: the total time, the
time spent syncing, the operations on the hub and operations per second of sync, the hub
database's size, and whether every laptop holds the same persons (by gid and content).
"""

from __future__ import annotations

import argparse
import json
import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROUNDS = 10
OFFLINE_CHANCE = 0.35


def _persons(ws: Any) -> list[tuple]:
    with ws.read() as session:
        return session.connection().exec_driver_sql(
            "SELECT gid, given_names, family_name, alias, contact_notes FROM persons ORDER BY gid").all()


def run_load(root: Path, enrol_dsn: str, admin_dsn: str | None, devices: int = 10, changes: int = 500,
             seed: int = 1, say: Callable[[str], None] = lambda _: None) -> dict[str, Any]:
    from app.devtools.bench_compare import BENCH_PASSPHRASE
    from app.hub.client import HubClient
    from app.hub.invitation_file import KdfParams
    from app.services.persons.records import PersonService
    from app.services.shared.workspace import Workspace
    from app.services.team import exchange, setup
    from app.services.team.state import require_state
    from app.store.keyslots import INSECURE_TEST_KDF

    cheap = KdfParams(memory_kib=64, iterations=1, lanes=1)
    rng = random.Random(seed)
    laptops: list[Workspace] = []
    result: dict[str, Any] = {"devices": devices, "changes_per_device": changes}
    sync_time = 0.0

    def sync(ws: Workspace) -> Any:
        nonlocal sync_time
        started = time.perf_counter()
        try:
            return exchange.sync(ws)
        finally:
            sync_time += time.perf_counter() - started

    try:
        started = time.perf_counter()
        sup, _ = Workspace.create(root / "d0", "d0", BENCH_PASSPHRASE, role="supervisor", params=INSECURE_TEST_KDF)
        laptops.append(sup)
        setup.create_team(sup, enrol_dsn)
        for i in range(1, devices):
            role = "case_manager" if i % 2 else "peer_worker"
            invited = setup.invite(sup, f"d{i}", role, root / f"d{i}.relaisinvite", kdf=cheap)
            ws, _ = Workspace.create(root / f"d{i}", f"d{i}", BENCH_PASSPHRASE, role="supervisor",
                                     params=INSECURE_TEST_KDF)          # the team role is the invitation's
            setup.join(ws, invited.path, invited.code)
            laptops.append(ws)
        sync(sup)
        result["setup_s"] = round(time.perf_counter() - started, 1)
        say(f"{devices} laptops in the team; {changes} changes each in {ROUNDS} rounds")
        started = time.perf_counter()
        per_round = -(-changes // ROUNDS)
        made = [0] * devices
        for round_no in range(ROUNDS):
            for i, ws in enumerate(laptops):
                service = PersonService(ws)
                held = [row.id for row in service.rows()]
                for _ in range(min(per_round, changes - made[i])):
                    if held and rng.random() < 0.5:
                        service.update(rng.choice(held), {"contact_notes": f"note {i}/{made[i]}"})
                    else:
                        held.append(service.create({"alias": f"d{i} p{made[i]}"}))
                    made[i] += 1
                if rng.random() >= OFFLINE_CHANCE or round_no == ROUNDS - 1:
                    sync(ws)
            say(f"round {round_no + 1}/{ROUNDS}")
        result["work_s"] = round(time.perf_counter() - started, 1)
        started = time.perf_counter()
        for _ in range(3):
            reports = [sync(ws) for ws in laptops]
            if all(r.in_step for r in reports):
                break
        result["final_sync_s"] = round(time.perf_counter() - started, 1)
        result["in_step"] = all(sync(ws).in_step for ws in laptops)
        states = [_persons(ws) for ws in laptops]
        result["persons"] = len(states[0])
        result["converged"] = all(s == states[0] for s in states)
        with sup.read() as session:
            dsn = require_state(session).dsn
        with HubClient(dsn) as hub:
            result["hub_operations"] = hub.head().seq
        result["sync_s"] = round(sync_time, 1)
        result["operations_per_s"] = round(result["hub_operations"] / sync_time, 1) if sync_time else None
        if admin_dsn:
            import psycopg

            with psycopg.connect(admin_dsn) as conn:
                size = conn.execute("SELECT pg_database_size(current_database())").fetchone()
                result["hub_bytes"] = int(size[0]) if size else None
    finally:
        for ws in laptops:
            ws.lock()
    return result


def bench_team_load(devices: int = 10, changes: int = 500, seed: int = 1,
                    say: Callable[[str], None] = lambda _: None) -> dict[str, Any]:
    """The figures, or {"not_measured": reason}; starts and stops a throwaway PostgreSQL."""
    from app.devtools import throwaway
    from app.devtools.pg_cluster import ClusterUnavailable
    from app.store.keyslots import insecure_test_kdf

    with throwaway.work_folder("relais-load-") as root:
        try:
            say("starting a throwaway PostgreSQL")
            with throwaway.hub("load") as (admin_dsn, enrol_dsn):
                started = time.perf_counter()
                with insecure_test_kdf():
                    result = run_load(root, enrol_dsn, admin_dsn, devices, changes, seed, say)
                result["total_s"] = round(time.perf_counter() - started, 1)
                return result
        except ClusterUnavailable as why:
            return {"devices": devices, "not_measured": str(why)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--devices", type=int, default=10)
    parser.add_argument("--changes", type=int, default=500)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    result = bench_team_load(args.devices, args.changes, args.seed,
                             say=lambda step: print(f"  … {step}", flush=True))
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
