"""Issue 16, erasure and backups: the vault remembers erased persons by gid, a restored older
backup never brings one back, and upgrade backups go once a daily backup covers the vault."""

from __future__ import annotations

from alembic import command
from sqlalchemy import select, text

from app.models.erasure import ErasedGid
from app.models.person import Person
from app.models.sync_scopes import LOCAL_ONLY
from app.services.backup.backups import auto_backup_if_due, backup_to_folder, restore_backup
from app.services.persons.records import PersonService
from app.services.rights.collect import erase_person
from app.services.shared.workspace import Workspace
from app.store.migrate import alembic_config
from tests.conftest import PASSPHRASE, USER


def gid_of(ws, pid: int) -> str:
    with ws.read() as session:
        return session.get(Person, pid).gid


def test_erasure_keeps_the_gid_and_nothing_else(ws):
    pid = PersonService(ws).create({"given_names": "Oksana", "family_name": "Erased"})
    gid = gid_of(ws, pid)
    erase_person(ws, pid)
    with ws.read() as session:
        rows = session.execute(select(ErasedGid)).scalars().all()
    assert [r.gid for r in rows] == [gid]
    assert "erased_gids" in LOCAL_ONLY


def test_a_restored_older_backup_does_not_bring_an_erased_person_back(ws, vault_dir, tmp_path):
    service = PersonService(ws)
    erased = service.create({"given_names": "Oksana", "family_name": "Erased"})
    kept = service.create({"given_names": "Jan", "family_name": "Kept"})
    gid = gid_of(ws, erased)
    older = backup_to_folder(ws, tmp_path / "usb")        # made before the erasure
    erase_person(ws, erased)
    ws.lock()

    result = restore_backup(older, vault_dir, force=True, user=USER, passphrase=PASSPHRASE)
    assert result.reerased == 1
    restored = Workspace.open(vault_dir, USER, PASSPHRASE)
    try:
        ids = set(PersonService(restored).search_ids(""))
        assert erased not in ids and kept in ids
        with restored.read() as session:
            assert session.get(Person, erased) is None
            assert session.get(ErasedGid, gid) is not None          # the list is kept for next time
            conn = session.connection()
            # Captured like any deletion, so that it reaches the team hub.
            deletes = conn.execute(text("SELECT kind FROM sync_outbox WHERE tbl = 'persons' AND gid = :g"),
                                   {"g": gid}).scalars().all()
            actions = conn.execute(text("SELECT action FROM audit_events")).scalars().all()
        assert "D" in deletes
        assert "person.erased_again" in actions
    finally:
        restored.lock()


def test_a_restore_of_a_backup_made_after_the_erasure_erases_nothing_more(ws, vault_dir, tmp_path):
    pid = PersonService(ws).create({"alias": "Stays"})
    newer = backup_to_folder(ws, tmp_path / "usb")
    ws.lock()
    result = restore_backup(newer, vault_dir, force=True, user=USER, passphrase=PASSPHRASE)
    assert result.reerased == 0
    restored = Workspace.open(vault_dir, USER, PASSPHRASE)
    try:
        assert pid in PersonService(restored).search_ids("")
    finally:
        restored.lock()


def test_upgrade_backups_are_pruned_after_the_next_daily_backup(ws, vault_dir):
    PersonService(ws).create({"alias": "Bibi"})
    with ws.vault.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0011_sync_gids")
    ws.lock()
    upgraded = Workspace.open(vault_dir, USER, PASSPHRASE)      # migrates after a backup
    try:
        upgrade_backups = list((vault_dir / "backups").glob("before-upgrade-*.relaisbackup"))
        assert len(upgrade_backups) == 1
        result = auto_backup_if_due(upgraded)
        assert result.written is not None and result.written.exists()
        assert not any(p.exists() for p in upgrade_backups)
        assert set(upgrade_backups) <= set(result.removed)
    finally:
        upgraded.lock()


def test_upgrade_backups_stay_when_no_daily_backup_was_written(ws, vault_dir):
    auto_backup_if_due(ws)                                      # today's backup exists
    upgrade = vault_dir / "backups" / "before-upgrade-20260101T000000Z.relaisbackup"
    upgrade.write_bytes(b"placeholder")
    result = auto_backup_if_due(ws)
    assert result.written is None and upgrade.exists()
