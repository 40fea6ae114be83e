"""Migrations: the migrated schema matches the models, and an older vault opens in a newer
Relais after an automatic encrypted backup."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

import app.models  # noqa: F401 - registers every table
from app.services.persons.records import PersonService
from app.services.shared.workspace import Workspace
from app.store.base import Base
from app.store.migrate import alembic_config, head_revisions, known_revisions
from tests.conftest import PASSPHRASE, USER


def test_migrations_produce_exactly_the_models(ws):
    with ws.vault.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diff == []


@pytest.mark.skipif(len(known_revisions()) < 2, reason="needs a revision after the first one")
def test_older_vault_is_backed_up_then_upgraded(ws, vault_dir):
    PersonService(ws).create({"alias": "Bibi"})
    with ws.vault.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0001_foundation")
    ws.lock()
    upgraded = Workspace.open(vault_dir, USER, PASSPHRASE)
    try:
        backups = list((vault_dir / "backups").glob("before-upgrade-*.relaisbackup"))
        assert len(backups) == 1
        with upgraded.vault.engine.connect() as conn:
            assert set(MigrationContext.configure(conn).get_current_heads()) == head_revisions()
        assert [r.display_name for r in PersonService(upgraded).rows()] == ["Bibi"]
    finally:
        upgraded.lock()


def test_the_feature_branches_meet_in_one_head():
    from app.store.migrate import HEAD

    assert head_revisions() == {HEAD}       # the constant that lets an up-to-date vault skip Alembic
