"""Issue 16, point 1: a removed user, or an old passphrase, must not open the live vault,
even with the keys file of an older backup; the change of data key is crash-safe."""

from __future__ import annotations

import json
import shutil

import pytest

from app.errors import VaultError, WrongPassphrase
from app.services.admin.users import UserService
from app.services.persons.records import PersonService
from app.services.shared.workspace import Workspace
from app.store import vault as vault_module
from app.store.engine import open_connection
from app.store.keyslots import KeyslotFile, unwrap_key
from app.store.vault import VaultFolder
from tests.conftest import PASSPHRASE, USER, add_user

PEER_PASS = "peer worker passphrase"


def key_from_old_slots(old_slots_file, name: str, passphrase: str) -> bytearray:
    slots = KeyslotFile.load(old_slots_file)
    return unwrap_key(slots.vault_id, slots.slots[name], passphrase)


def opens_live_db(vault_dir, key) -> bool:
    try:
        open_connection(vault_dir / "relais.db", key).close()
        return True
    except WrongPassphrase:
        return False


def test_a_disabled_users_passphrase_with_an_old_keys_file_no_longer_opens_the_live_vault(ws, vault_dir, tmp_path):
    add_user(ws, "peer", "peer_worker", PEER_PASS)
    PersonService(ws).create({"given_names": "Zofia", "family_name": "Wiśniewska"})
    old = tmp_path / "keyslots-from-a-daily-backup.json"
    shutil.copy(vault_dir / "keyslots.json", old)
    assert opens_live_db(vault_dir, key_from_old_slots(old, "peer", PEER_PASS))

    UserService(ws).set_active("peer", False)

    assert not opens_live_db(vault_dir, key_from_old_slots(old, "peer", PEER_PASS))
    # The vault keeps working in this session and opens again for the remaining user.
    assert [p.display_name for p in PersonService(ws).rows()]
    ws.lock()
    again = Workspace.open(vault_dir, USER, PASSPHRASE)
    assert len(PersonService(again).rows()) == 1
    again.lock()


def test_a_reset_passphrase_with_an_old_keys_file_no_longer_opens_the_live_vault(ws, vault_dir, tmp_path):
    add_user(ws, "bob", "case_manager", "bob leaked this one")
    old = tmp_path / "old.json"
    shutil.copy(vault_dir / "keyslots.json", old)
    UserService(ws).reset_passphrase("bob", "bob's brand new one")
    assert not opens_live_db(vault_dir, key_from_old_slots(old, "bob", "bob leaked this one"))
    ws.lock()
    Workspace.open(vault_dir, "bob", "bob's brand new one").lock()


def test_a_supervisor_changes_the_vault_key_from_the_command_line(vault_dir, tmp_path):
    from tests.test_cli import relais

    old = tmp_path / "old.json"
    shutil.copy(vault_dir / "keyslots.json", old)
    result = relais("users", "rekey", "--vault", str(vault_dir), "--user", USER)
    assert result.returncode == 0, result.stderr
    assert not opens_live_db(vault_dir, key_from_old_slots(old, USER, PASSPHRASE))
    ws = Workspace.open(vault_dir, USER, PASSPHRASE)
    with ws.read() as session:
        from sqlalchemy import text
        assert "vault.rekeyed" in {r[0] for r in session.execute(text("SELECT action FROM audit_events"))}
    ws.lock()


def test_a_peer_worker_may_not_change_the_vault_key(ws, vault_dir):
    from app.errors import PermissionDenied

    add_user(ws, "peer", "peer_worker", PEER_PASS)
    ws.lock()
    peer = Workspace.open(vault_dir, "peer", PEER_PASS)
    with pytest.raises(PermissionDenied):
        UserService(peer).rekey()
    peer.lock()


@pytest.mark.parametrize("step", ["before_pending", "after_pending", "before_rekey", "after_rekey", "after_commit"])
@pytest.mark.parametrize("who", ["alice", "bob", "recovery"])
def test_a_crash_at_any_step_of_a_rekey_leaves_a_vault_that_opens(vault_dir, tmp_path, monkeypatch, step, who):
    ws, recovery_key = Workspace.create(tmp_path / "v", USER, PASSPHRASE, params=_test_kdf())
    add_user(ws, "bob", "case_manager", "bob's passphrase")
    add_user(ws, "peer", "peer_worker", PEER_PASS)
    pid = PersonService(ws).create({"given_names": "Ayşe", "family_name": "Yılmaz"})
    old = tmp_path / "old.json"
    shutil.copy(tmp_path / "v" / "keyslots.json", old)
    monkeypatch.setattr(vault_module, "_FAULT_AT", step)
    with pytest.raises(vault_module._InjectedCrash):
        ws.vault.rekey(remove=["peer"])
    # The process "dies": the lock goes with it, nothing else is cleaned up.
    ws.vault.engine.dispose()
    ws.vault._lock.release()
    monkeypatch.setattr(vault_module, "_FAULT_AT", None)

    folder = VaultFolder(tmp_path / "v")
    if who == "recovery":
        opened = folder.unlock_with_recovery(recovery_key)
    else:
        opened = folder.unlock(who, PASSPHRASE if who == USER else "bob's passphrase")
    try:
        with opened.session() as session:
            from sqlalchemy import text
            assert session.execute(text("SELECT count(*) FROM persons WHERE id = :i"), {"i": pid}).scalar() == 1
    finally:
        opened.close()
    slots = json.loads((tmp_path / "v" / "keyslots.json").read_text())
    assert all("sealed_next" not in s for s in slots["slots"]), "the transition was finished or rolled back"
    if step != "before_pending":
        # Once the slot is gone, the unlock finished the change: the peer's old slot is useless.
        assert not opens_live_db(tmp_path / "v", key_from_old_slots(old, "peer", PEER_PASS))


def _test_kdf():
    from app.store.keyslots import INSECURE_TEST_KDF

    return INSECURE_TEST_KDF


def test_a_format_1_keys_file_still_opens_and_is_upgraded(vault_dir):
    """A vault made by an earlier Relais (data key wrapped directly) opens and gets sealed slots."""
    import base64
    import secrets as _secrets

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    from app.store.keyslots import INSECURE_TEST_KDF, derive_key

    ws = Workspace.open(vault_dir, USER, PASSPHRASE)
    key = bytes(ws.vault._key)
    vault_id = ws.vault.vault_id
    ws.lock()
    salt, nonce = _secrets.token_bytes(16), _secrets.token_bytes(12)
    kek = derive_key(PASSPHRASE, salt, INSECURE_TEST_KDF)
    wrapped = AESGCM(kek).encrypt(nonce, key, f"relais-keyslot:{vault_id}:{USER}".encode())
    data = json.loads((vault_dir / "keyslots.json").read_text())
    data["version"] = 1
    data["slots"] = [s for s in data["slots"] if s["name"] != USER] + [{
        "name": USER, "kind": "user", "salt": base64.b64encode(salt).decode(),
        "kdf": {"memory_kib": 64, "iterations": 1, "lanes": 1},
        "nonce": base64.b64encode(nonce).decode(), "wrapped_key": base64.b64encode(wrapped).decode()}]
    (vault_dir / "keyslots.json").write_text(json.dumps(data))
    Workspace.open(vault_dir, USER, PASSPHRASE).lock()
    after = json.loads((vault_dir / "keyslots.json").read_text())
    assert after["version"] == 2
    assert {s["name"]: s.get("scheme") for s in after["slots"]}[USER] == "sealed"


def test_the_users_page_changes_the_vault_key_and_says_roles_are_no_cryptographic_boundary(ws, vault_dir, tmp_path,
                                                                                           qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from app.ui.admin.users_page import UsersPage

    old = tmp_path / "old.json"
    shutil.copy(vault_dir / "keyslots.json", old)
    page = UsersPage(ws)
    qtbot.addWidget(page)
    assert "not by the encryption" in page.shared_vault_notice.text()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    page.rekey_button.click()
    assert not opens_live_db(vault_dir, key_from_old_slots(old, USER, PASSPHRASE))
    assert len(PersonService(ws).rows()) == 0  # the session goes on with the new key
