"""Issue 16, medium and low points: the key after lock, crafted backups, file permissions,
the failed-unlock file as untrusted input, KDF floors."""

from __future__ import annotations

import io
import json
import os
import stat
import tarfile

import pytest

from app.errors import VaultError
from app.paths import state_dir
from app.services.backup.backups import auto_backup_if_due, backup_to_folder, restore_backup
from app.services.shared.workspace import Workspace
from app.store import backup as backup_module
from app.store.backup import extract_backup
from tests.conftest import PASSPHRASE, USER


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_after_lock_the_engine_opens_no_connection(ws):
    engine = ws.vault.engine
    ws.lock()
    with pytest.raises(VaultError) as locked:
        engine.connect()
    assert locked.value.code == "vault.locked"


def test_folders_are_0700_and_files_0600_even_when_they_existed(tmp_path, vault_dir, ws):
    loose = tmp_path / "loose"
    loose.mkdir(mode=0o755)
    os.chmod(loose, 0o755)
    from app.store.keyslots import INSECURE_TEST_KDF

    other, _ = Workspace.create(loose, USER, PASSPHRASE, params=INSECURE_TEST_KDF)
    other.lock()
    assert mode(loose) == 0o700
    assert mode(loose / "keyslots.json") == 0o600 and mode(loose / "relais.db") == 0o600

    (vault_dir / "backups").mkdir(mode=0o755, exist_ok=True)
    os.chmod(vault_dir / "backups", 0o755)
    result = auto_backup_if_due(ws)
    assert mode(vault_dir / "backups") == 0o700 and mode(vault_dir / "backups" / "daily") == 0o700
    assert mode(result.written) == 0o600
    chosen = backup_to_folder(ws, tmp_path / "usb")
    assert mode(chosen) == 0o600
    restore_backup(chosen, tmp_path / "restored")
    assert mode(tmp_path / "restored") == 0o700
    assert all(mode(p) == 0o600 for p in (tmp_path / "restored").iterdir() if p.is_file())


def test_the_failed_unlock_file_is_private_and_validated(vault_dir):
    from app.errors import WrongPassphrase

    with pytest.raises(WrongPassphrase):
        Workspace.open(vault_dir, USER, "not the passphrase")
    [note] = state_dir().glob("failed-unlocks-*.json")
    assert mode(note) == 0o600
    hostile = [{"at": "2026-01-01T00:00:00+00:00", "slot": "x" * 5000 + "\n\x1b[2J"},
               {"at": "not a date", "slot": "eve"}, {"at": 1, "slot": []}, "junk", [1, 2]]
    hostile += [{"at": "2026-01-01T00:00:00+00:00", "slot": "bob"}] * 5000
    note.write_text(json.dumps(hostile))
    ws = Workspace.open(vault_dir, USER, PASSPHRASE)
    with ws.read() as session:
        from sqlalchemy import text
        rows = session.execute(text("SELECT actor FROM audit_events WHERE action = 'unlock.failed'")).all()
    ws.lock()
    assert len(rows) <= 1000
    assert all(len(r.actor) <= 80 and "\n" not in r.actor and "\x1b" not in r.actor for r in rows)


def _tar_with(tmp_path, db_member: tarfile.TarInfo, data: bytes = b"") -> object:
    path = tmp_path / "crafted.relaisbackup"
    with tarfile.open(path, "w", format=tarfile.GNU_FORMAT) as tar:
        for name, content in (("manifest.json", json.dumps({"format": 1, "db_sha256": "0"}).encode()),
                              ("keyslots.json", b"{}")):
            info = tarfile.TarInfo(name)
            info.size = len(content)
            tar.addfile(info, io.BytesIO(content))
        tar.addfile(db_member, io.BytesIO(data) if data else None)
    return path


@pytest.mark.parametrize("kind", ["symlink", "sparse", "hardlink", "too_big"])
def test_a_crafted_backup_is_refused_before_anything_is_written(tmp_path, monkeypatch, kind):
    info = tarfile.TarInfo("relais.db")
    data = b""
    if kind == "symlink":
        info.type, info.linkname = tarfile.SYMTYPE, "/etc/passwd"
    elif kind == "hardlink":
        info.type, info.linkname = tarfile.LNKTYPE, "keyslots.json"
    elif kind == "sparse":
        info.type = tarfile.GNUTYPE_SPARSE
        info.size = 0
    else:
        data = b"x" * 4096
        info.size = len(data)
        monkeypatch.setitem(backup_module.MEMBER_LIMITS, "relais.db", 1024)
    crafted = _tar_with(tmp_path, info, data)
    with pytest.raises(VaultError) as refused:
        extract_backup(crafted, tmp_path / "target")
    assert refused.value.code == "backup.invalid"
    assert not (tmp_path / "target").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".relais-restore-")]


def test_a_slot_below_the_kdf_floor_is_refused_outside_the_test_suite(vault_dir, monkeypatch):
    """The template vault uses cheap parameters; outside the test suite they are refused."""
    from app.store import keyslots

    monkeypatch.setattr(keyslots, "_insecure_kdf_allowed", False)
    with pytest.raises(VaultError) as refused:
        Workspace.open(vault_dir, USER, PASSPHRASE)
    assert refused.value.code == "vault.kdf_too_weak"
    assert "65536" in refused.value.message()


def test_check_fails_on_a_slot_below_the_floor(ws, monkeypatch):
    from app.store import keyslots
    from app.store.checks import check_vault

    monkeypatch.setattr(keyslots, "_insecure_kdf_allowed", False)
    report = check_vault(ws.vault)
    assert not report.sound and any("below the floor" in line for line in report.failed)


def test_the_recovery_sheet_is_saved_0600(tmp_path):
    from app.services.admin.recovery_sheet import save_recovery_sheet
    from app.store.keyslots import new_recovery_key

    written = save_recovery_sheet(tmp_path / "vault", new_recovery_key(), "en", tmp_path / "sheet.pdf")
    assert written.read_bytes().startswith(b"%PDF") and mode(written) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]  # no temporary file left


INSECURE_VARIABLE = "RELAIS_INSECURE_FAST_KDF"


def test_no_code_of_the_app_reads_the_insecure_kdf_variable():
    """Cheap Argon2id parameters are switched on by the test suite and the benchmark in code,
    never from the environment: no module of the app (nor main.py) names the variable."""
    from tests.conftest import REPO

    sources = [*sorted((REPO / "app").rglob("*.py")), REPO / "main.py"]
    naming = [str(p.relative_to(REPO)) for p in sources if INSECURE_VARIABLE in p.read_text(encoding="utf-8")]
    assert naming == []


def test_the_insecure_kdf_variable_changes_nothing(monkeypatch):
    from app.store import keyslots

    monkeypatch.setenv(INSECURE_VARIABLE, "1")
    monkeypatch.setattr(keyslots, "_insecure_kdf_allowed", False)
    assert keyslots.default_kdf() == keyslots.PRODUCTION_KDF
    assert keyslots.below_floor(keyslots.INSECURE_TEST_KDF)


def test_main_py_refuses_a_cheap_test_vault_whatever_the_environment(vault_dir, tmp_path):
    import subprocess
    import sys

    from tests.conftest import REPO

    env = {**os.environ, INSECURE_VARIABLE: "1", "RELAIS_STATE_DIR": str(tmp_path / "state")}
    result = subprocess.run([sys.executable, str(REPO / "main.py"), "check", "--vault", str(vault_dir),
                             "--user", USER], input=PASSPHRASE + "\n", capture_output=True, text=True,
                            cwd=REPO, env=env, timeout=120)
    assert result.returncode == 1 and "65536" in result.stderr, result.stderr
