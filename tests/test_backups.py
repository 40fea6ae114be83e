"""Backups: on demand while the vault is open, daily with rotation, restore with verification."""

from __future__ import annotations

import errno
import os
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.errors import StorageError, VaultError, WrongPassphrase
from app.services.backup.backups import (
    auto_backup_if_due,
    backup_to_folder,
    daily_backup_folder,
    restore_backup,
)
from app.services.persons.records import PersonService
from app.services.shared.workspace import Workspace
from tests.conftest import PASSPHRASE, USER


def _names(ws) -> list[str]:
    return sorted(r.display_name for r in PersonService(ws).rows())


def test_backup_while_open_restores_every_committed_person(ws, tmp_path):
    for name in ("Ayşe Yılmaz", "Олександр Шевченко", "Zaza"):
        PersonService(ws).create({"alias": name})
    written = backup_to_folder(ws, tmp_path / "usb")
    assert written.parent == tmp_path / "usb" and written.name.endswith(".relaisbackup")
    PersonService(ws).create({"alias": "after the backup"})
    result = restore_backup(written, tmp_path / "restored", user=USER, passphrase=PASSPHRASE)
    assert result.verified_with == USER
    assert "audit chain: intact" in result.check_passed
    copy = Workspace.open(tmp_path / "restored", USER, PASSPHRASE)
    assert _names(copy) == ["Ayşe Yılmaz", "Zaza", "Олександр Шевченко"]
    copy.lock()


def test_a_backup_opens_with_the_recovery_key(tmp_path):
    ws, recovery = Workspace.create(tmp_path / "v", USER, PASSPHRASE)
    PersonService(ws).create({"alias": "Mimi"})
    written = backup_to_folder(ws, tmp_path / "usb")
    ws.lock()
    result = restore_backup(written, tmp_path / "r", recovery_key=recovery.lower())
    assert result.verified_with == "recovery key"


def test_restore_with_a_wrong_passphrase_restores_nothing(ws, tmp_path):
    written = backup_to_folder(ws, tmp_path / "usb")
    with pytest.raises(WrongPassphrase):
        restore_backup(written, tmp_path / "r", user=USER, passphrase="not the passphrase")
    assert not (tmp_path / "r").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".relais-restore")] == []


def test_forced_restore_that_fails_verification_keeps_the_vault_it_would_replace(ws, vault_dir, tmp_path):
    PersonService(ws).create({"alias": "kept"})
    written = backup_to_folder(ws, tmp_path / "usb")
    ws.lock()
    before = (vault_dir / "relais.db").read_bytes()
    with pytest.raises(WrongPassphrase):
        restore_backup(written, vault_dir, force=True, user=USER, passphrase="wrong passphrase!")
    assert (vault_dir / "relais.db").read_bytes() == before


def test_daily_backup_once_a_day_and_rotation_keeps_the_newest(ws):
    start = date(2026, 11, 1)
    first = auto_backup_if_due(ws, keep=3, today=start)
    assert first.written is not None and first.written.name == "daily-2026-11-01.relaisbackup"
    assert auto_backup_if_due(ws, keep=3, today=start).written is None  # once a day
    for offset in range(1, 5):
        auto_backup_if_due(ws, keep=3, today=start + timedelta(days=offset))
    kept = sorted(p.name for p in daily_backup_folder(ws).iterdir())
    assert kept == ["daily-2026-11-03.relaisbackup", "daily-2026-11-04.relaisbackup",
                    "daily-2026-11-05.relaisbackup"]


def test_rotation_never_touches_other_files(ws, tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    (folder / "my-notes.txt").write_text("mine")
    (folder / "relais-20260101-101010.relaisbackup").write_bytes(b"manual")
    for offset in range(3):
        auto_backup_if_due(ws, folder=folder, keep=1, today=date(2026, 11, 1) + timedelta(days=offset))
    assert sorted(p.name for p in folder.iterdir()) == [
        "daily-2026-11-03.relaisbackup", "my-notes.txt", "relais-20260101-101010.relaisbackup"]


def test_a_failed_daily_backup_keeps_the_last_good_ones(ws, monkeypatch):
    for offset in range(2):
        auto_backup_if_due(ws, keep=2, today=date(2026, 11, 1) + timedelta(days=offset))
    folder = daily_backup_folder(ws)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}

    def full_disk(fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("app.store.backup.os.fsync", full_disk)
    with pytest.raises(StorageError) as exc:
        auto_backup_if_due(ws, keep=2, today=date(2026, 11, 3))
    assert exc.value.kind == "disk_full"
    assert "disk is full" in exc.value.message()
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before  # no partial, nothing rotated


def test_restore_refuses_a_damaged_backup_and_creates_nothing(ws, tmp_path):
    written = backup_to_folder(ws, tmp_path / "usb")
    raw = bytearray(written.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    written.write_bytes(bytes(raw))
    with pytest.raises(VaultError) as exc:
        restore_backup(written, tmp_path / "r")
    assert exc.value.code in ("backup.corrupted", "backup.invalid")
    assert not (tmp_path / "r").exists()


def test_restore_refuses_a_non_empty_folder(ws, tmp_path):
    written = backup_to_folder(ws, tmp_path / "usb")
    target = tmp_path / "busy"
    target.mkdir()
    (target / "something").write_text("x")
    with pytest.raises(VaultError) as exc:
        restore_backup(written, target)
    assert exc.value.code == "restore.target_not_empty"
    assert sorted(p.name for p in target.iterdir()) == ["something"]


def test_restore_without_secret_checks_structure_and_checksum(ws, tmp_path):
    written = backup_to_folder(ws, tmp_path / "usb")
    result = restore_backup(written, tmp_path / "r")
    assert result.verified_with is None
    assert sorted(p.name for p in Path(tmp_path / "r").iterdir()) == ["keyslots.json", "relais.db"]


def test_cli_restore_verifies_with_a_passphrase_or_the_recovery_key(tmp_path):
    import re

    from tests.test_cli import relais

    folder = tmp_path / "v"
    init = relais("init", "--vault", str(folder), "--user", USER, stdin=f"{PASSPHRASE}\n{PASSPHRASE}\n")
    recovery = re.search(r"([A-Z2-9]{5}(?:-[A-Z2-9]{5}){7})", init.stdout).group(1)
    relais("demo", "--vault", str(folder), "--persons", "15")
    out = tmp_path / "usb" / "v.relaisbackup"
    assert relais("backup", "--vault", str(folder), "--out", str(out)).returncode == 0

    ok = relais("restore", "--from", str(out), "--vault", str(tmp_path / "r1"), "--verify", "--user", USER)
    assert ok.returncode == 0, ok.stderr
    assert "passes the check" in ok.stdout

    by_key = relais("restore", "--from", str(out), "--vault", str(tmp_path / "r2"), "--recovery-key",
                    stdin=recovery + "\n")
    assert by_key.returncode == 0, by_key.stderr
    assert "recovery key" in by_key.stdout

    wrong = relais("restore", "--from", str(out), "--vault", str(tmp_path / "r3"), "--verify", "--user", USER,
                   stdin="not the passphrase\n")
    assert wrong.returncode == 1 and len(wrong.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "r3").exists()

    plain = relais("restore", "--from", str(out), "--vault", str(tmp_path / "r4"))
    assert plain.returncode == 0 and "--verify" in plain.stdout


def test_forced_restore_never_swaps_a_vault_open_in_the_app(ws, vault_dir, tmp_path):
    from app.errors import VaultBusy

    written = backup_to_folder(ws, tmp_path / "usb")
    before = (vault_dir / "keyslots.json").read_bytes()
    with pytest.raises(VaultBusy):
        restore_backup(written, vault_dir, force=True, user=USER, passphrase=PASSPHRASE)
    assert (vault_dir / "keyslots.json").read_bytes() == before
    assert PersonService(ws).count() == 0  # the open session still works


def test_a_backup_from_a_newer_relais_is_refused(ws, tmp_path):
    import io
    import json
    import tarfile

    written = backup_to_folder(ws, tmp_path / "usb")
    newer = tmp_path / "newer.relaisbackup"
    with tarfile.open(written) as src, tarfile.open(newer, "w") as dst:
        for member in src.getmembers():
            data = src.extractfile(member).read()
            if member.name == "manifest.json":
                manifest = json.loads(data)
                manifest["format"] = 99
                data = json.dumps(manifest).encode()
                member.size = len(data)
            dst.addfile(member, io.BytesIO(data))
    with pytest.raises(VaultError) as exc:
        restore_backup(newer, tmp_path / "r")
    assert exc.value.code == "vault.newer_format"
    assert not (tmp_path / "r").exists()


def test_backup_during_heavy_writes_is_consistent(ws, tmp_path):
    import threading

    stop = threading.Event()
    written_ids: list[int] = []

    failures: list[BaseException] = []

    def writer():
        service = PersonService(ws)
        try:
            while not stop.is_set():
                written_ids.append(service.create({"alias": f"W{len(written_ids)}", "contact_notes": "x" * 2000}))
        except BaseException as exc:  # noqa: BLE001 - reported by the assertion below
            failures.append(exc)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        backups = [backup_to_folder(ws, tmp_path / f"usb{i}") for i in range(3)]
    finally:
        stop.set()
        thread.join()
    assert failures == [] and len(written_ids) > 3  # the app kept writing while the backups ran
    for i, backup in enumerate(backups):
        result = restore_backup(backup, tmp_path / f"r{i}", user=USER, passphrase=PASSPHRASE)
        assert "sqlite: integrity ok" in result.check_passed
        copy = Workspace.open(tmp_path / f"r{i}", USER, PASSPHRASE)
        ids = sorted(PersonService(copy).search_ids("w"))
        copy.lock()
        # A snapshot: a prefix of the committed persons, with no gap.
        assert ids == sorted(written_ids)[: len(ids)]
