"""The vault's security model: encryption, keyslots, refusals that change nothing."""

from __future__ import annotations

import hashlib
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import text

from app.errors import VaultBusy, VaultError, WrongPassphrase
from app.services.persons.records import PersonService
from app.services.shared.workspace import Workspace
from app.store.vault import VaultFolder
from tests.conftest import PASSPHRASE, REPO, TEST_KDF_PRELUDE, USER


def digest_folder(folder: Path) -> dict[str, str]:
    """Hashes of the vault's files. The empty lock file may appear when an open is tried."""
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())
            if p.is_file() and p.name != "relais.lock"}


def test_wrong_passphrase_is_refused_and_changes_no_byte(vault_dir):
    before = digest_folder(vault_dir)
    with pytest.raises(WrongPassphrase):
        Workspace.open(vault_dir, USER, "not the passphrase")
    assert digest_folder(vault_dir) == before


def test_failed_unlock_reaches_the_audit_trail_at_next_unlock(vault_dir):
    with pytest.raises(WrongPassphrase):
        Workspace.open(vault_dir, USER, "not the passphrase")
    ws = Workspace.open(vault_dir, USER, PASSPHRASE)
    with ws.read() as session:
        actions = [r[0] for r in session.execute(text("SELECT action FROM audit_events ORDER BY id"))]
    ws.lock()
    assert actions[-2:] == ["unlock.failed", "unlock"]


def test_plain_sqlite_cannot_read_the_database(ws):
    PersonService(ws).create({"given_names": "Zofia", "family_name": "Wiśniewska"})
    conn = sqlite3.connect(ws.vault.folder.db_path)
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT * FROM sqlite_master").fetchall()
    conn.close()


def test_no_file_of_the_vault_holds_a_name_in_clear(ws):
    names = ["Ayşe Yılmaz", "Mertens-Lacroix", "Олександр"]
    for name in names:
        PersonService(ws).create({"given_names": name, "alias": "Zaza-" + name})
    folder = ws.vault.folder.path
    # WAL and shared-memory files are checked while the vault is open, then after lock.
    for phase in ("open", "locked"):
        for path in folder.rglob("*"):
            if path.is_file():
                raw = path.read_bytes()
                for name in names:
                    assert name.encode("utf-8") not in raw, (phase, path.name)
                    assert name.encode("utf-16-le") not in raw, (phase, path.name)
        ws.lock()


def test_second_process_is_refused_clearly(ws, vault_dir):
    code = (
        TEST_KDF_PRELUDE +
        "import os, sys;"
        "from app.services.shared.workspace import Workspace;"
        "from app.errors import VaultBusy\n"
        f"try:\n Workspace.open({str(vault_dir)!r}, {USER!r}, {PASSPHRASE!r})\n"
        "except VaultBusy as e:\n print('BUSY', e); sys.exit(3)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 3, result.stderr
    assert "already open" in result.stdout


def test_same_process_second_open_is_refused(ws, vault_dir):
    with pytest.raises(VaultBusy):
        Workspace.open(vault_dir, USER, PASSPHRASE)


def test_change_passphrase_rewraps_one_slot_and_keeps_the_database(ws, vault_dir):
    PersonService(ws).create({"alias": "Mimi"})
    ws.lock()
    db_before = hashlib.sha256((vault_dir / "relais.db").read_bytes()).hexdigest()
    slots_before = json.loads((vault_dir / "keyslots.json").read_text())
    vault = VaultFolder(vault_dir).unlock(USER, PASSPHRASE)
    vault.change_passphrase(USER, PASSPHRASE, "a brand new passphrase")
    vault.close()
    assert hashlib.sha256((vault_dir / "relais.db").read_bytes()).hexdigest() == db_before
    slots_after = json.loads((vault_dir / "keyslots.json").read_text())
    changed = [a["name"] for a, b in zip(slots_before["slots"], slots_after["slots"]) if a != b]
    assert changed == [USER]
    with pytest.raises(WrongPassphrase):
        Workspace.open(vault_dir, USER, PASSPHRASE)
    ws2 = Workspace.open(vault_dir, USER, "a brand new passphrase")
    assert PersonService(ws2).count() == 1
    ws2.lock()


def test_change_passphrase_needs_the_old_one(ws):
    with pytest.raises(WrongPassphrase):
        ws.vault.change_passphrase(USER, "wrong old passphrase", "whatever new one")


def test_keyslots_are_bound_to_their_vault(vault_dir, tmp_path):
    other, _ = Workspace.create(tmp_path / "other", USER, PASSPHRASE)
    other.lock()
    # Keyslots of another vault: the passphrase opens the slot, but not this database.
    (vault_dir / "keyslots.json").write_bytes((tmp_path / "other" / "keyslots.json").read_bytes())
    before = digest_folder(vault_dir)
    with pytest.raises(VaultError) as exc:
        Workspace.open(vault_dir, USER, PASSPHRASE)
    assert exc.value.code == "vault.db_undecryptable"
    assert "backup" in str(exc.value)
    assert digest_folder(vault_dir) == before


def test_recovery_key_opens_and_resets_a_passphrase(tmp_path):
    from app.services.backup.backups import recover_access

    ws, recovery = Workspace.create(tmp_path / "v", USER, PASSPHRASE)
    ws.lock()
    recover_access(tmp_path / "v", recovery.lower().replace("-", " "), USER, "after recovery pass")
    Workspace.open(tmp_path / "v", USER, "after recovery pass").lock()
    with pytest.raises(WrongPassphrase):
        recover_access(tmp_path / "v", "AAAAA-BBBBB", USER, "x" * 12)


def test_user_keyslots_can_be_added_and_removed(ws, vault_dir):
    from app.services.admin.users import UserService

    UserService(ws).add("bob", "peer_worker", "bob's passphrase")
    assert "bob" in VaultFolder(vault_dir).user_names()
    UserService(ws).set_active("bob", False)
    assert "bob" not in VaultFolder(vault_dir).user_names()
    ws.lock()
    with pytest.raises(VaultError):
        Workspace.open(vault_dir, "bob", "bob's passphrase")


@pytest.mark.parametrize("damage, code", [
    ("missing", "vault.missing"),
    ("empty", "vault.not_a_vault"),
    ("truncated", "vault.damaged"),
    ("no_keyslots", "vault.keyslots_missing"),
    ("bad_keyslots", "vault.keyslots_damaged"),
    ("plain_sqlite", "vault.not_encrypted"),
    ("flipped_header", "vault.db_undecryptable"),
])
def test_damaged_or_missing_vaults_give_one_clear_error(vault_dir, tmp_path, damage, code):
    target = vault_dir
    if damage == "missing":
        target = tmp_path / "nowhere"
    elif damage == "empty":
        target = tmp_path / "empty"
        target.mkdir()
    elif damage == "truncated":
        (vault_dir / "relais.db").write_bytes((vault_dir / "relais.db").read_bytes()[:10])
    elif damage == "no_keyslots":
        (vault_dir / "keyslots.json").unlink()
    elif damage == "bad_keyslots":
        (vault_dir / "keyslots.json").write_text("{not json")
    elif damage == "plain_sqlite":
        (vault_dir / "relais.db").unlink()
        sqlite3.connect(vault_dir / "relais.db").execute("create table t(x)").connection.commit()
    elif damage == "flipped_header":
        raw = bytearray((vault_dir / "relais.db").read_bytes())
        for i in range(0, 64):
            raw[i] ^= 0xFF
        (vault_dir / "relais.db").write_bytes(bytes(raw))
    before = digest_folder(target) if target.exists() else None
    with pytest.raises(VaultError) as exc:
        Workspace.open(target, USER, PASSPHRASE)
    assert exc.value.code == code
    assert exc.value.message()  # a sentence, not a code
    if before is not None:
        assert digest_folder(target) == before


def test_newer_keyslot_format_is_refused(vault_dir):
    data = json.loads((vault_dir / "keyslots.json").read_text())
    data["version"] = 99
    (vault_dir / "keyslots.json").write_text(json.dumps(data))
    with pytest.raises(VaultError) as exc:
        Workspace.open(vault_dir, USER, PASSPHRASE)
    assert exc.value.code == "vault.newer_format"


def test_newer_schema_is_refused_and_untouched(ws, vault_dir):
    with ws.unit() as session:
        session.execute(text("INSERT INTO alembic_version (version_num) VALUES ('9999_from_the_future')"))
    ws.lock()
    before = digest_folder(vault_dir)
    with pytest.raises(VaultError) as exc:
        Workspace.open(vault_dir, USER, PASSPHRASE)
    assert exc.value.code == "vault.newer_schema"
    after = digest_folder(vault_dir)
    assert after["relais.db"] == before["relais.db"]


def test_create_refuses_an_existing_vault(vault_dir):
    before = digest_folder(vault_dir)
    with pytest.raises(VaultError) as exc:
        Workspace.create(vault_dir, "mallory", "another passphrase")
    assert exc.value.code == "vault.already_exists"
    assert digest_folder(vault_dir) == before


def test_pragmas_protect_the_data(ws):
    with ws.vault.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA temp_store").scalar() == 2  # memory


def test_production_kdf_parameters_are_argon2id_64mib(tmp_path, monkeypatch):
    from app.store import keyslots

    monkeypatch.setattr(keyslots, "_insecure_kdf_allowed", False)
    ws, _ = Workspace.create(tmp_path / "prod", USER, PASSPHRASE)
    ws.lock()
    slots = json.loads((tmp_path / "prod" / "keyslots.json").read_text())["slots"]
    assert all(s["kdf"] == {"memory_kib": 65536, "iterations": 3, "lanes": 4} for s in slots)
    Workspace.open(tmp_path / "prod", USER, PASSPHRASE).lock()
