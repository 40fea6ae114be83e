"""The encrypted-versus-plain figure of the benchmark: the same workload through the same
services, on the same schema (the same Alembic migrations), in SQLCipher and in plain SQLite."""

from __future__ import annotations

import shutil
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import create_engine, event, select
from sqlalchemy.pool import QueuePool

from app.devtools.demo import add_demo_data
from app.models.user import Role, User
from app.services.persons.records import PersonService
from app.services.shared.workspace import SignedInUser, Workspace
from app.store import migrate
from app.store.engine import CONNECTION_PRAGMAS
from app.store.keyslots import INSECURE_TEST_KDF, insecure_test_kdf
from app.store.lock import VaultLock
from app.store.vault import OpenVault, VaultFolder

BENCH_USER = "bench"
BENCH_PASSPHRASE = "benchmark passphrase, throwaway vault"

Prefixes = Callable[[Workspace, int, int], list[str]]


def measure_encrypted_vs_plain(root: Path, persons: int, seed: int, prefixes: Prefixes,
                               repeats: int = 5) -> tuple[float, dict]:
    """Alternated repetitions, ratio of the medians (encrypted / plain). `prefixes` gives the
    searches to run, as the search figure chooses them."""
    timings: dict[str, list[float]] = {"encrypted": [], "plain": []}
    for rep in range(repeats):
        for kind in (("encrypted", "plain") if rep % 2 == 0 else ("plain", "encrypted")):
            folder = root / f"{kind}-{rep}"
            ws = _encrypted_workspace(folder) if kind == "encrypted" else _plain_workspace(folder)
            try:
                timings[kind].append(_workload(ws, persons, seed, prefixes))
            finally:
                ws.lock()
            shutil.rmtree(folder, ignore_errors=True)
    enc, plain = statistics.median(timings["encrypted"]), statistics.median(timings["plain"])
    return round(enc / plain, 3), {"persons": persons, "encrypted_s": round(enc, 2), "plain_s": round(plain, 2)}


def _workload(ws: Workspace, persons: int, seed: int, prefixes: Prefixes) -> float:
    started = time.perf_counter()
    add_demo_data(ws, persons=persons, seed=seed)
    service = PersonService(ws)
    for i in range(50):  # small committed transactions, as a day of typing makes them
        service.create({"given_names": "Zofia", "family_name": f"Wiśniewska {i}"})
    for _ in range(3):
        service.rows()
    for prefix in prefixes(ws, 100, seed):
        service.search_ids(prefix)
    return time.perf_counter() - started


def _encrypted_workspace(folder: Path) -> Workspace:
    # A throwaway vault: cheap Argon2id parameters, allowed for its creation only.
    with insecure_test_kdf():
        ws, _ = Workspace.create(folder, BENCH_USER, BENCH_PASSPHRASE, params=INSECURE_TEST_KDF)
    return ws


def _plain_workspace(folder: Path) -> Workspace:
    """A Workspace over a plain SQLite file with the vault's pragmas and schema: the
    comparison point for the cost of encryption, never used for real data."""
    folder.mkdir(parents=True)
    db = folder / "plain.db"
    engine = create_engine(f"sqlite:///{db}", poolclass=QueuePool, pool_size=4, max_overflow=4,
                           connect_args={"check_same_thread": False, "isolation_level": None})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, record):
        dbapi_conn.execute("PRAGMA journal_mode = WAL")
        for pragma in CONNECTION_PRAGMAS:
            dbapi_conn.execute(pragma)

    @event.listens_for(engine, "begin")
    def _begin(conn):
        conn.exec_driver_sql("BEGIN")

    migrate.upgrade_to_head(engine)
    lock = VaultLock(folder)
    lock.acquire()
    vault = OpenVault(VaultFolder(folder), "plain-comparison", engine, bytearray(32), lock, BENCH_USER)
    with vault.session() as session, session.begin():
        session.add(User(name=BENCH_USER, display_name="", role=Role.SUPERVISOR.value))
    with vault.session() as session:
        user = session.scalars(select(User).where(User.name == BENCH_USER)).one()   # added just above
        signed_in = SignedInUser(user.id, user.name, user.display_name, Role(user.role))
    return Workspace(vault, signed_in)
