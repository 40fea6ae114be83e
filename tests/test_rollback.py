"""Issue 16, point 2: a vault rolled back to an older state is reported at every unlock and
by every `check`, in the user's language; the note is never overwritten by an older head."""

from __future__ import annotations

import shutil

import pytest
from sqlalchemy import text

from app.errors import VaultError
from app.services.backup.backups import backup_to_folder, restore_backup
from app.services.persons.records import PersonService
from app.services.shared.workspace import Workspace
from app.store.checks import check_vault
from app.texts import set_language
from tests.conftest import PASSPHRASE, USER


def snapshot(vault_dir, where):
    shutil.copytree(vault_dir, where, ignore=shutil.ignore_patterns("relais.lock"))
    return where


def roll_back(vault_dir, old):
    for name in ("relais.db", "relais.db-wal", "relais.db-shm", "keyslots.json"):
        (vault_dir / name).unlink(missing_ok=True)
        if (old / name).exists():
            shutil.copy(old / name, vault_dir / name)


def work(vault_dir, n=2):
    ws = Workspace.open(vault_dir, USER, PASSPHRASE)
    for i in range(n):
        PersonService(ws).create({"given_names": f"Person {i}", "family_name": "Test"})
    ws.lock()


def test_a_rolled_back_vault_fails_check_every_time_and_warns_at_unlock(vault_dir, tmp_path):
    work(vault_dir, 1)
    old = snapshot(vault_dir, tmp_path / "old")
    work(vault_dir, 2)
    roll_back(vault_dir, old)
    for _ in range(2):  # the first check's lock must not make the second one say "intact"
        ws = Workspace.open(vault_dir, USER, PASSPHRASE)
        assert ws.rollback_warning and "older" in ws.rollback_warning
        report = check_vault(ws.vault)
        ws.lock()
        assert not report.sound
        assert any("older" in line for line in report.failed)
    set_language("fr")
    ws = Workspace.open(vault_dir, USER, PASSPHRASE)
    assert "plus ancien" in ws.rollback_warning
    with ws.read() as session:
        assert session.execute(text("SELECT count(*) FROM audit_events WHERE action = 'vault.rollback_detected'")
                               ).scalar() == 3
    ws.lock()


def test_the_cli_check_reports_a_rollback_twice(vault_dir, tmp_path):
    from tests.test_cli import relais

    work(vault_dir, 1)
    old = snapshot(vault_dir, tmp_path / "old")
    work(vault_dir, 1)
    roll_back(vault_dir, old)
    for _ in range(2):
        result = relais("check", "--vault", str(vault_dir), "--user", USER)
        assert result.returncode == 1
        assert "older" in result.stderr


def test_moving_the_folder_does_not_turn_detection_off(vault_dir, tmp_path):
    work(vault_dir, 1)
    old = snapshot(vault_dir, tmp_path / "old")
    work(vault_dir, 1)
    moved = tmp_path / "elsewhere" / "vault"
    moved.parent.mkdir()
    shutil.move(str(old), moved)
    ws = Workspace.open(moved, USER, PASSPHRASE)
    assert ws.rollback_warning
    ws.lock()


def test_losing_the_wal_after_a_killed_session_is_reported(vault_dir, tmp_path):
    ws = Workspace.open(vault_dir, USER, PASSPHRASE)
    PersonService(ws).create({"given_names": "Committed", "family_name": "Record"})
    # The session is "killed" now: its WAL file is then deleted. Only the main file remains.
    copy = tmp_path / "killed"
    copy.mkdir()
    for name in ("relais.db", "keyslots.json"):
        shutil.copy(vault_dir / name, copy / name)
    ws.vault.engine.dispose()
    ws.vault._lock.release()
    reopened = Workspace.open(copy, USER, PASSPHRASE)
    assert reopened.rollback_warning
    reopened.lock()


def test_a_deleted_note_is_reported(vault_dir, monkeypatch):
    from app.paths import state_dir

    work(vault_dir, 1)
    notes = list(state_dir().glob("audit-head-*.json"))
    assert notes
    for note in notes:
        note.unlink()
    ws = Workspace.open(vault_dir, USER, PASSPHRASE)
    assert ws.rollback_warning and "missing" in ws.rollback_warning
    ws.lock()


def test_restore_over_a_vault_needs_a_key_and_leaves_an_audit_event(vault_dir, tmp_path):
    ws = Workspace.open(vault_dir, USER, PASSPHRASE)
    written = backup_to_folder(ws, tmp_path / "usb")
    PersonService(ws).create({"given_names": "After", "family_name": "Backup"})
    ws.lock()
    before = (vault_dir / "relais.db").read_bytes()
    with pytest.raises(VaultError) as refused:
        restore_backup(written, vault_dir, force=True)
    assert refused.value.code == "restore.key_required"
    assert (vault_dir / "relais.db").read_bytes() == before

    restore_backup(written, vault_dir, force=True, user=USER, passphrase=PASSPHRASE)
    ws = Workspace.open(vault_dir, USER, PASSPHRASE)
    assert ws.rollback_warning is None  # a restore done with a key resets the note
    with ws.read() as session:
        detail = session.execute(text("SELECT detail FROM audit_events WHERE action = 'restore.verified'")).scalar()
    assert '"replaced_vault": true' in detail
    ws.lock()


def test_a_restore_without_key_into_a_new_folder_is_reported_as_older(vault_dir, tmp_path):
    ws = Workspace.open(vault_dir, USER, PASSPHRASE)
    written = backup_to_folder(ws, tmp_path / "usb")
    PersonService(ws).create({"given_names": "After", "family_name": "Backup"})
    ws.lock()
    restore_backup(written, tmp_path / "restored")
    ws = Workspace.open(tmp_path / "restored", USER, PASSPHRASE)
    assert ws.rollback_warning
    ws.lock()
