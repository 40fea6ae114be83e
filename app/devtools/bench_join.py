"""A new device joining a team: how long until it holds the team's state.

    .venv/bin/python -m app.devtools.bench_join [--persons 2000]

A supervisor's vault gets demo histories for `persons` persons and pushes every operation
through a hub; then a fresh vault joins (invitation claimed with the code) and syncs until in
step. The figure is join + sync of the new device (budget: 60 s at 2,000 persons); the parts
(hub pull and chain check, opening envelopes, applying, the rest) are timed by wrapping the
functions that do them. Then (`snapshot` in the result) the origin seals a snapshot set and a
second device joins from it and pulls only the tail. Without an `enrol_dsn` a throwaway
PostgreSQL is started the way the hub tests start one (only as root with Debian's server
binaries; otherwise: not measured).
"""

from __future__ import annotations

import argparse
import json
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

JOIN_BUDGET_S = 60.0


@contextmanager
def _timed(parts: dict[str, float], patches: list[tuple[Any, str, str]]) -> Iterator[None]:
    """Add the time spent in each (owner, attribute) to parts[label] while inside."""
    saved = []
    for owner, attr, label in patches:
        real = getattr(owner, attr)

        def wrapper(*args, _real=real, _label=label, **kwargs):
            started = time.perf_counter()
            try:
                return _real(*args, **kwargs)
            finally:
                parts[_label] += time.perf_counter() - started

        saved.append((owner, attr, real))
        setattr(owner, attr, wrapper)
    try:
        yield
    finally:
        for owner, attr, real in reversed(saved):
            setattr(owner, attr, real)


def measure_join(root: Path, persons: int, enrol_dsn: str, seed: int = 1,
                 say: Callable[[str], None] = lambda _: None, with_snapshot: bool = True) -> dict[str, Any]:
    from app.devtools.bench_compare import BENCH_PASSPHRASE
    from app.devtools.demo import add_demo_data
    from app.hub.client import HubClient
    from app.services.shared.workspace import Workspace
    from app.services.team import exchange, setup, snapshot
    from app.store.keyslots import INSECURE_TEST_KDF

    def vault(name: str, role: str) -> Workspace:
        ws, _ = Workspace.create(root / name, name, BENCH_PASSPHRASE, role=role, params=INSECURE_TEST_KDF)
        return ws

    result: dict[str, Any] = {"persons": persons}
    origin = vault("origin", "supervisor")
    newcomer = None
    try:
        setup.create_team(origin, enrol_dsn)
        say(f"demo histories for {persons} persons")
        started = time.perf_counter()
        add_demo_data(origin, persons=persons, seed=seed)
        result["demo_s"] = round(time.perf_counter() - started, 1)
        say("pushing them through the hub")
        started = time.perf_counter()
        report = exchange.sync(origin)
        result["origin_push_s"] = round(time.perf_counter() - started, 1)
        result["operations"] = report.pushed
        # The invitation code's Argon2id is a deliberate cost, timed apart (production parameters).
        invited = setup.invite(origin, "newcomer", "case_manager", root / "newcomer.relaisinvite")
        newcomer = vault("newcomer", "case_manager")
        parts: dict[str, float] = defaultdict(float)
        patches = [(HubClient, "pull_verified", "hub_pull_and_chain_s"), (exchange, "_open", "open_envelopes_s"),
                   (exchange, "apply_operations", "apply_s"), (exchange, "save_state", "save_state_s")]
        say("the new device joins and syncs, replaying the whole log")
        started = time.perf_counter()
        real_start, snapshot.start_from_snapshot = snapshot.start_from_snapshot, lambda ws, hub, state: 0
        try:
            setup.join(newcomer, invited.path, invited.code)
        finally:
            snapshot.start_from_snapshot = real_start
        joined = time.perf_counter()
        with _timed(parts, patches):
            report = exchange.sync(newcomer)
        done = time.perf_counter()
        result["join_s"] = round(joined - started, 2)
        result["sync_s"] = round(done - joined, 1)
        result["join_and_sync_s"] = round(done - started, 1)
        result["pulled"], result["applied"], result["in_step"] = report.pulled, report.applied, report.in_step
        result["refused"] = len(report.refused)
        result["parts"] = {k: round(v, 1) for k, v in parts.items()}
        result["parts"]["other_s"] = round((done - joined) - sum(parts.values()), 1)
        with newcomer.read() as s, origin.read() as o:
            count = "SELECT count(*) FROM persons"
            result["persons_on_new_device"] = s.connection().exec_driver_sql(count).scalar()
            result["persons_on_origin"] = o.connection().exec_driver_sql(count).scalar()
        if with_snapshot:
            say("a snapshot is sealed; another device joins from it and syncs the tail")
            result["snapshot"] = _from_snapshot(root, origin, vault, say)
    finally:
        origin.lock()
        if newcomer is not None:
            newcomer.lock()
    return result


def _from_snapshot(root: Path, origin: Any, vault: Callable[[str, str], Any],
                   say: Callable[[str], None]) -> dict[str, Any]:
    """Seal a set on the origin (timed), then join a second device from it (timed)."""
    from app.hub.client import HubClient
    from app.services.team import exchange, setup, snapshot
    from app.services.team.state import require_state

    out: dict[str, Any] = {}
    exchange.sync(origin)
    with origin.read() as session:
        dsn = require_state(session).dsn
    with HubClient(dsn) as hub:
        started = time.perf_counter()
        out["sealed_at_seq"] = snapshot.seal_snapshots(origin, hub)
        out["seal_s"] = round(time.perf_counter() - started, 1)
        out["snapshot_bytes"] = sum(len(s.body) for s in hub.latest_snapshots())
    invited = setup.invite(origin, "second", "case_manager", root / "second.relaisinvite")
    second = vault("second", "case_manager")
    try:
        started = time.perf_counter()
        setup.join(second, invited.path, invited.code)
        joined = time.perf_counter()
        report = exchange.sync(second)
        done = time.perf_counter()
        out["join_s"] = round(joined - started, 2)
        out["sync_s"] = round(done - joined, 1)
        out["join_and_sync_s"] = round(done - started, 1)
        out["pulled"], out["in_step"], out["refused"] = report.pulled, report.in_step, len(report.refused)
        with second.read() as s:
            out["persons_on_new_device"] = s.connection().exec_driver_sql("SELECT count(*) FROM persons").scalar()
    finally:
        second.lock()
    return out


def bench_join(persons: int = 2_000, seed: int = 1, enrol_dsn: str | None = None,
               say: Callable[[str], None] = lambda _: None) -> dict[str, Any]:
    """The figure, or {"not_measured": reason}. Starts (and stops) a throwaway PostgreSQL
    when no enrolment DSN is given."""
    from app.devtools import throwaway
    from app.devtools.pg_cluster import ClusterUnavailable
    from app.store.keyslots import insecure_test_kdf

    with throwaway.work_folder("relais-join-") as root:
        if enrol_dsn is not None:
            with insecure_test_kdf():               # throwaway vaults: cheap key derivation
                return measure_join(root, persons, enrol_dsn, seed, say)
        try:
            say("starting a throwaway PostgreSQL")
            with throwaway.hub("join") as (_admin_dsn, own_dsn), insecure_test_kdf():
                return measure_join(root, persons, own_dsn, seed, say)
        except ClusterUnavailable as why:
            return {"persons": persons, "not_measured": str(why)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--persons", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    result = bench_join(args.persons, args.seed, say=lambda step: print(f"  … {step}", flush=True))
    result["budget_s"] = JOIN_BUDGET_S
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
