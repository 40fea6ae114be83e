"""A real PostgreSQL for the hub tests: one throwaway cluster per session (see pg_cluster.py),
one fresh database per test with `init_hub` run on it. Skips with the reason when this machine
cannot run the server (not root, no Debian postgresql package)."""

from __future__ import annotations

import secrets
from collections.abc import Callable, Iterator

import pytest

from app.hub.admin import hub_roles, init_hub
from app.services.team import setup as team_setup
from tests.hub.hub_support import Hub
from tests.hub.pg_cluster import (
    ADMIN,
    Cluster,
    ClusterUnavailable,
    start_cluster,
    stop_cluster,
)
from tests.hub.team_support import CHEAP, new_vault


@pytest.fixture(scope="session")
def pg() -> Iterator[Cluster]:
    try:
        cluster = start_cluster()
    except ClusterUnavailable as why:
        pytest.skip(f"no PostgreSQL for the hub tests: {why}")
    try:
        yield cluster
    finally:
        stop_cluster(cluster)


@pytest.fixture
def hub_factory(pg: Cluster) -> Iterator[Callable[[], Hub]]:
    """Make initialised hub databases (several may share the cluster); all dropped afterwards."""
    made: list[Hub] = []
    names: list[str] = []

    def make() -> Hub:
        dbname = f"hubt_{secrets.token_hex(4)}"
        with pg.superuser() as conn:
            # FILE_COPY (PostgreSQL 15+) is several times faster than WAL_LOG for a small database.
            fast = " STRATEGY FILE_COPY" if conn.info.server_version >= 150000 else ""
            conn.execute(f'CREATE DATABASE "{dbname}" OWNER {ADMIN}{fast}')
        names.append(dbname)
        made.append(Hub(pg, dbname, hub_roles(dbname), pg.admin_dsn(dbname), init_hub(pg.admin_dsn(dbname))))
        return made[-1]

    try:
        yield make
    finally:
        for env in made:
            for c in env.clients:
                c.close()
        for dbname in names:
            pg.drop_database(dbname, hub_roles(dbname).prefix)


@pytest.fixture
def hub(hub_factory: Callable[[], Hub]) -> Hub:
    return hub_factory()


@pytest.fixture
def team(hub: Hub, tmp_path):
    """Three laptops in one team: a supervisor, a case manager and a peer worker."""
    sup = new_vault(tmp_path, "sup", "supervisor")
    team_setup.create_team(sup, hub.enrol_dsn)
    laptops = {"sup": sup}
    for name, role in (("cm", "case_manager"), ("peer", "peer_worker")):
        invited = team_setup.invite(sup, name, role, tmp_path / f"{name}.relaisinvite", kdf=CHEAP)
        laptop = new_vault(tmp_path, name, "supervisor")
        team_setup.join(laptop, invited.path, invited.code)
        laptops[name] = laptop
    yield laptops
    for ws in laptops.values():
        ws.lock()
