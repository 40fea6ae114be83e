"""Laptops of a team for the hub tests: throwaway vaults with cheap key derivation."""

from __future__ import annotations

from app.hub.invitation_file import KdfParams
from app.services.persons.records import PersonService
from app.services.shared.workspace import Workspace
from app.store.keyslots import INSECURE_TEST_KDF
from tests.conftest import PASSPHRASE

CHEAP = KdfParams(memory_kib=64, iterations=1, lanes=1)


def new_vault(tmp_path, name: str, role: str) -> Workspace:
    ws, _ = Workspace.create(tmp_path / name, name, PASSPHRASE, role=role, display_name=name.title(),
                             params=INSECURE_TEST_KDF)
    return ws


def names(ws: Workspace) -> list[str]:
    return sorted(row.display_name for row in PersonService(ws).rows())
