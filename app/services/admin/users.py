"""Users of the vault: add, disable, reset passphrases. Supervisors only."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from app.errors import VaultError
from app.models.user import Role, User
from app.services.shared.permissions import Permission
from app.services.shared.workspace import Workspace, validate_user_name


@dataclass(frozen=True)
class UserRow:
    id: int
    name: str
    display_name: str
    role: str
    active: bool
    has_key: bool


class UserService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def list(self) -> list[UserRow]:
        self.ws.require(Permission.USERS_MANAGE)
        slots = set(self.ws.vault.folder.keyslots().user_slot_names())
        with self.ws.read() as session:
            return [UserRow(u.id, u.name, u.display_name, u.role, u.active, u.name in slots)
                    for u in session.scalars(select(User).order_by(User.name))]

    def add(self, name: str, role: Role | str, passphrase: str, display_name: str = "") -> int:
        self.ws.require(Permission.USERS_MANAGE)
        name = validate_user_name(name)
        role = Role(role)
        with self.ws.unit() as session:
            if session.scalar(select(User.id).where(User.name == name)):
                raise VaultError("vault.user_exists", user=name)
            user = User(name=name, role=role.value, display_name=display_name.strip())
            session.add(user)
            session.flush()
            # The keyslot is written last, inside the transaction: if it fails the user row
            # is rolled back, so there is never a user who cannot sign in or a stray slot.
            self.ws.vault.add_keyslot(name, passphrase)
            self.ws.audit(session, "user.added", "user", user.id, role=role.value)
            return user.id

    def set_active(self, name: str, active: bool) -> None:
        self.ws.require(Permission.USERS_MANAGE)
        if name == self.ws.user.name and not active:
            raise VaultError("user.cannot_disable_self")
        with self.ws.unit() as session:
            user = session.scalar(select(User).where(User.name == name))
            if user is None:
                raise VaultError("vault.unknown_user", user=name)
            user.active = active
            self.ws.audit(session, "user.enabled" if active else "user.disabled", "user", user.id)
        if not active and name in self.ws.vault.folder.keyslots().slots:
            # Dropping the slot is not enough: its passphrase would still open the live vault
            # with the keys file of any earlier backup. The data key changes with it.
            self.ws.vault.rekey(remove=[name])
            with self.ws.unit() as session:
                self.ws.audit(session, "vault.rekeyed", "user", user.id, reason="user.disabled")

    def rekey(self) -> None:
        """Change the vault key: re-encrypt the database under a new data key sealed for every
        current slot. Old passphrases and keys files from backups stop opening the live vault."""
        self.ws.require(Permission.USERS_MANAGE)
        self.ws.vault.rekey()
        with self.ws.unit() as session:
            self.ws.audit(session, "vault.rekeyed", reason="supervisor")

    def reset_passphrase(self, name: str, new_passphrase: str) -> None:
        """A supervisor sets a new passphrase for a user who lost theirs (rewraps one slot)."""
        self.ws.require(Permission.USERS_MANAGE)
        with self.ws.unit() as session:
            user = session.scalar(select(User).where(User.name == name))
            if user is None:
                raise VaultError("vault.unknown_user", user=name)
            slots = self.ws.vault.folder.keyslots()
            if name in slots.slots:
                self.ws.vault.set_passphrase(name, new_passphrase)
            else:
                self.ws.vault.add_keyslot(name, new_passphrase)
            if not user.active:
                user.active = True
            self.ws.audit(session, "user.passphrase_reset", "user", user.id)
        # A reset often follows a leaked passphrase: with the old keys file from a backup it
        # would still open the live vault, so the data key changes too.
        self.ws.vault.rekey()
        with self.ws.unit() as session:
            self.ws.audit(session, "vault.rekeyed", "user", user.id, reason="user.passphrase_reset")

    def change_own_passphrase(self, old: str, new: str) -> None:
        self.ws.vault.change_passphrase(self.ws.user.name, old, new)
        with self.ws.unit() as session:
            self.ws.audit(session, "user.passphrase_changed", "user", self.ws.user.id)
