"""Issue 16, point 3: in a shared vault roles are not a cryptographic boundary. The paths
that need no tooling are closed: a peer worker cannot make a backup (a copy of everything)."""

from __future__ import annotations

import pytest

from app.errors import PermissionDenied
from app.services.backup.backups import backup_to_folder, backup_vault_folder
from app.services.shared.permissions import Permission
from tests.conftest import REPO, add_user, open_as

PEER_PASS = "peer worker passphrase"


def test_a_peer_worker_cannot_back_up_the_vault_in_the_app(ws, vault_dir, tmp_path):
    add_user(ws, "peer", "peer_worker", PEER_PASS)
    ws.lock()
    peer = open_as(vault_dir, "peer", PEER_PASS)
    assert not peer.can(Permission.BACKUP)
    with pytest.raises(PermissionDenied):
        backup_to_folder(peer, tmp_path / "usb")
    assert not (tmp_path / "usb").exists() or not any((tmp_path / "usb").iterdir())
    peer.lock()


def test_a_peer_worker_cannot_back_up_the_vault_from_the_command_line(ws, vault_dir, tmp_path):
    from tests.test_cli import relais

    add_user(ws, "peer", "peer_worker", PEER_PASS)
    ws.lock()
    with pytest.raises(PermissionDenied):
        backup_vault_folder(vault_dir, "peer", PEER_PASS, tmp_path / "b1.relaisbackup")
    result = relais("backup", "--vault", str(vault_dir), "--user", "peer", "--out", str(tmp_path / "b2.relaisbackup"),
                    stdin=PEER_PASS + "\n")
    assert result.returncode == 1 and len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "b1.relaisbackup").exists() and not (tmp_path / "b2.relaisbackup").exists()
    ok = relais("backup", "--vault", str(vault_dir), "--user", "alice", "--out", str(tmp_path / "b3.relaisbackup"))
    assert ok.returncode == 0, ok.stderr


def test_security_md_says_roles_are_not_a_cryptographic_boundary():
    text = (REPO / "SECURITY.md").read_text("utf-8")
    assert "not a cryptographic boundary" in text
