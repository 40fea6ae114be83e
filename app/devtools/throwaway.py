"""Throwaway places for the team benchmarks: a work folder that also holds Relais's machine
state (RELAIS_STATE_DIR, so no real audit anchor or hub settings are touched), and a throwaway
PostgreSQL with one hub database. Both are removed when the block ends, whatever happens."""

from __future__ import annotations

import os
import secrets
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def work_folder(prefix: str) -> Iterator[Path]:
    root = Path(tempfile.mkdtemp(prefix=prefix))
    saved_state = os.environ.get("RELAIS_STATE_DIR")
    os.environ["RELAIS_STATE_DIR"] = str(root / "state")
    try:
        yield root
    finally:
        if saved_state is None:
            os.environ.pop("RELAIS_STATE_DIR", None)
        else:
            os.environ["RELAIS_STATE_DIR"] = saved_state
        shutil.rmtree(root, ignore_errors=True)


@contextmanager
def hub(db_prefix: str) -> Iterator[tuple[str, str]]:
    """(administrator DSN, enrolment DSN) of a fresh hub on a throwaway cluster; raises
    pg_cluster.ClusterUnavailable when PostgreSQL cannot be started here."""
    from app.devtools.pg_cluster import ADMIN, start_cluster, stop_cluster
    from app.hub.admin import init_hub

    cluster = start_cluster()
    try:
        dbname = f"{db_prefix}_{secrets.token_hex(4)}"
        with cluster.superuser() as conn:
            conn.execute(f'CREATE DATABASE "{dbname}" OWNER {ADMIN}')
        admin_dsn = cluster.admin_dsn(dbname)
        yield admin_dsn, init_hub(admin_dsn)
    finally:
        stop_cluster(cluster)
