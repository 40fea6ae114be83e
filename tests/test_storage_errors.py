"""Disk full, read-only folder, refused access: one clear sentence and nothing lost."""

from __future__ import annotations

import errno
import hashlib
import os
import subprocess
import sys

import pytest

from app.errors import StorageError
from app.services.backup.backups import backup_to_folder, backup_vault_folder
from app.services.persons.records import PersonService
from app.services.shared.documents import BuiltPdf, PdfRequest, export_document, keep
from app.services.shared.workspace import Workspace
from app.store.fsutil import atomic_write_bytes
from tests.conftest import PASSPHRASE, REPO, TEST_KDF_PRELUDE, USER


def refuse(code: int):
    def raiser(*args, **kwargs):
        raise OSError(code, os.strerror(code))
    return raiser


def sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("code, kind, words", [
    (errno.ENOSPC, "disk_full", "disk is full"),
    (errno.EROFS, "read_only", "read-only"),
    (errno.EACCES, "no_access", "may not write"),
    (errno.EIO, "other", "refused"),
])
def test_atomic_write_keeps_the_previous_file(tmp_path, monkeypatch, code, kind, words):
    target = tmp_path / "keep.bin"
    atomic_write_bytes(target, b"the previous content")
    monkeypatch.setattr("app.store.fsutil.os.fsync", refuse(code))
    with pytest.raises(OSError):
        atomic_write_bytes(target, b"new")
    assert target.read_bytes() == b"the previous content"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.bin"]  # no temporary left over


@pytest.mark.parametrize("code, kind, words", [
    (errno.ENOSPC, "disk_full", "disk is full"),
    (errno.EROFS, "read_only", "read-only"),
    (errno.EACCES, "no_access", "may not write"),
])
def test_backup_to_a_full_or_read_only_stick(ws, tmp_path, monkeypatch, code, kind, words):
    PersonService(ws).create({"alias": "Mimi"})
    usb = tmp_path / "usb"
    first = backup_to_folder(ws, usb)
    good = sha(first)
    monkeypatch.setattr("app.store.backup.os.replace", refuse(code))
    with pytest.raises(StorageError) as exc:
        backup_to_folder(ws, usb)
    assert exc.value.kind == kind
    assert words in exc.value.message() and "Nothing was lost" in exc.value.message()
    assert [p.name for p in usb.iterdir()] == [first.name] and sha(first) == good
    assert PersonService(ws).count() == 1


def test_backup_messages_are_translated(ws, tmp_path, monkeypatch):
    monkeypatch.setattr("app.store.backup.os.replace", refuse(errno.ENOSPC))
    with pytest.raises(StorageError) as exc:
        backup_to_folder(ws, tmp_path / "usb")
    assert exc.value.message("fr").startswith("Le disque est plein : impossible d'écrire la sauvegarde")
    assert exc.value.message("nl").startswith("De schijf is vol: de back-up kon niet")


def test_backup_from_the_command_line_path_gives_the_same_error(vault_dir, tmp_path, monkeypatch):
    monkeypatch.setattr("app.store.backup.os.replace", refuse(errno.ENOSPC))
    with pytest.raises(StorageError):
        backup_vault_folder(vault_dir, USER, PASSPHRASE, tmp_path / "b.relaisbackup")
    assert not (tmp_path / "b.relaisbackup").exists()


def test_export_to_a_full_disk_leaves_the_previous_pdf(ws, tmp_path, monkeypatch):
    person = PersonService(ws).create({"alias": "Mimi"})
    doc = keep(ws, "bilan", PdfRequest(person), BuiltPdf("t", b"%PDF-1.4 new", "fr"), None)
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "bilan.pdf"
    out.write_bytes(b"%PDF-1.4 the earlier export")
    monkeypatch.setattr("app.store.fsutil.os.fsync", refuse(errno.ENOSPC))
    with pytest.raises(StorageError) as exc:
        export_document(ws, doc, out)
    assert "the document could not be written" in exc.value.message()
    assert out.read_bytes() == b"%PDF-1.4 the earlier export"
    assert sorted(p.name for p in out.parent.iterdir()) == ["bilan.pdf"]


def test_changing_a_passphrase_on_a_full_disk_keeps_the_old_one(ws, vault_dir, monkeypatch):
    before = sha(vault_dir / "keyslots.json")
    monkeypatch.setattr("app.store.fsutil.os.fsync", refuse(errno.ENOSPC))
    with pytest.raises(StorageError) as exc:
        ws.vault.change_passphrase(USER, PASSPHRASE, "a brand new passphrase")
    assert exc.value.kind == "disk_full"
    monkeypatch.undo()
    assert sha(vault_dir / "keyslots.json") == before
    ws.lock()
    Workspace.open(vault_dir, USER, PASSPHRASE).lock()


def test_a_full_database_refuses_the_change_and_keeps_what_was_committed(ws):
    PersonService(ws).create({"alias": "committed before"})
    with ws.vault.engine.connect() as conn:
        pages = conn.exec_driver_sql("PRAGMA page_count").scalar()
    # SQLite's own limit makes the next growth fail with SQLITE_FULL, as a full disk does.
    from sqlalchemy import event

    @event.listens_for(ws.vault.engine, "connect")
    def _cap(dbapi_conn, record):
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    ws.vault.engine.dispose()
    with pytest.raises(StorageError) as exc:
        for i in range(500):
            PersonService(ws).create({"alias": f"P{i}", "contact_notes": "x" * 3000})
    assert exc.value.kind == "disk_full"
    event.remove(ws.vault.engine, "connect", _cap)
    ws.vault.engine.dispose()
    names = [r.display_name for r in PersonService(ws).rows()]
    assert "committed before" in names


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_folder_for_backup(ws, tmp_path):
    usb = tmp_path / "ro"
    usb.mkdir()
    usb.chmod(0o500)
    try:
        with pytest.raises(StorageError) as exc:
            backup_to_folder(ws, usb)
        assert exc.value.kind in ("no_access", "read_only")
    finally:
        usb.chmod(0o700)


def test_cli_backup_on_a_full_disk_prints_one_line(vault_dir, tmp_path):
    # The child makes the final rename of any file fail as a full disk would.
    code = (
        TEST_KDF_PRELUDE +
        "import errno, os, sys; os.environ['RELAIS_LANG']='en'\n"
        "def full(*a, **k): raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))\n"
        "os.replace = full\n"
        "from app.cli import main\n"
        f"sys.exit(main(['backup', '--vault', {str(vault_dir)!r}, '--out', {str(tmp_path / 'b.relaisbackup')!r}]))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, input=PASSPHRASE + "\n",
                            capture_output=True, text=True, timeout=120,
                            env={**os.environ, "RELAIS_STATE_DIR": str(tmp_path / "state")})
    assert result.returncode == 1, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "disk is full" in lines[0] and "Traceback" not in result.stderr
    assert not (tmp_path / "b.relaisbackup").exists()
