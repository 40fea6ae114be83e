"""The signed-in session: an unlocked vault and the user who unlocked it.

Every service takes a Workspace. It gives one SQLAlchemy Session per unit of work,
checks permissions, and writes audit events in the same transaction as the change.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from app.errors import PermissionDenied, RelaisError, StorageError, VaultError
from app.models.user import Role, User
from app.services.shared.permissions import Permission, allowed
from app.store.audit import append_event
from app.store.audit_anchor import device_tag
from app.store.keyslots import KdfParams
from app.store.vault import OpenVault, VaultFolder


@dataclass(frozen=True)
class SignedInUser:
    id: int
    name: str
    display_name: str
    role: Role

    @property
    def label(self) -> str:
        return self.display_name or self.name


class Workspace:
    def __init__(self, vault: OpenVault, user: SignedInUser) -> None:
        self.vault = vault
        self.user = user
        self._open_units = threading.local()  # the unit this thread has open, if any

    # -- opening ------------------------------------------------------------------
    @classmethod
    def create(cls, folder: Path | str, user_name: str, passphrase: str, role: Role | str = Role.SUPERVISOR,
               display_name: str = "", params: KdfParams | None = None) -> tuple[Workspace, str]:
        user_name = validate_user_name(user_name)
        vault, recovery_key = VaultFolder(folder).create(user_name, passphrase, params)
        try:
            with vault.write_session() as session, session.begin():
                row = User(name=user_name, display_name=display_name.strip(), role=Role(role).value)
                session.add(row)
                session.flush()
                append_event(session, user_name, "vault.created", "user", row.id, device=device_tag())
                signed_in = _signed_in(row)
        except BaseException:
            vault.close()
            raise
        return cls(vault, signed_in), recovery_key

    @classmethod
    def open(cls, folder: Path | str, user_name: str, passphrase: str) -> Workspace:
        vault = VaultFolder(folder).unlock(user_name, passphrase)
        try:
            return cls._signed_in_workspace(vault, user_name)
        except BaseException:
            vault.close()
            raise

    @classmethod
    def _signed_in_workspace(cls, vault: OpenVault, user_name: str) -> Workspace:
        with vault.write_session() as session, session.begin():
            row = session.execute(select(User).where(User.name == user_name)).scalar_one_or_none()
            if row is None or not row.active:
                raise VaultError("user.disabled", user=user_name)
            for failure in vault.take_failed_unlocks():
                append_event(session, str(failure.get("slot", "?")), "unlock.failed", at=failure.get("at"))
            if vault.rollback is not None:
                append_event(session, user_name, "vault.rollback_detected", code=vault.rollback.code,
                             **vault.rollback.params)
            append_event(session, user_name, "unlock", "user", row.id, device=device_tag())
            return cls(vault, _signed_in(row))

    # -- units of work --------------------------------------------------------------
    @contextmanager
    def unit(self) -> Iterator[Session]:
        """A transaction: committed when the block ends, rolled back on any error.

        The transaction takes the write lock when it begins (see app/store/engine.py). A unit
        opened inside another on the same thread joins the outer one as a SAVEPOINT instead of
        waiting for the lock its own thread holds; its changes commit with the outer unit.
        A full disk (SQLITE_FULL) or a read-only vault becomes a StorageError: the transaction
        is rolled back and everything committed before stays as it was."""
        outer = getattr(self._open_units, "session", None)
        if outer is not None:
            with outer.begin_nested():
                yield outer
            return
        try:
            with self.vault.write_session() as session, session.begin():
                self._open_units.session = session
                try:
                    yield session
                finally:
                    self._open_units.session = None
        except OperationalError as exc:
            reason = str(exc.orig).lower()
            if "full" in reason:
                raise StorageError("disk_full", "save", str(self.vault.folder.path)) from None
            if "readonly" in reason or "read-only" in reason:
                raise StorageError("read_only", "save", str(self.vault.folder.path)) from None
            if "locked" in reason or "busy" in reason:   # another writer kept the lock past busy_timeout
                raise StorageError("busy", "save", str(self.vault.folder.path)) from None
            raise

    def read(self) -> Session:
        return self.vault.session()

    def audit(self, session: Session, action: str, target_kind: str | None = None,
              target_id: int | None = None, **detail: object) -> None:
        append_event(session, self.user.name, action, target_kind, target_id, **detail)

    def can(self, permission: Permission) -> bool:
        return allowed(self.user.role, permission)

    def require(self, permission: Permission) -> None:
        """Refuse (and audit the refusal) when the user's role lacks the permission."""
        if self.can(permission):
            return
        with self.unit() as session:
            self.audit(session, "permission.denied", permission=permission.value)
        raise PermissionDenied(permission=permission.value)

    def lock(self) -> None:
        """Lock, always. When the "lock" audit event cannot be written (a damaged or full
        vault), the vault is locked all the same and no error is raised: lock runs in
        `finally` blocks, where raising would hide the error the user must see first."""
        try:
            if self.vault.is_open:
                with self.unit() as session:
                    self.audit(session, "lock")
        except (RelaisError, DBAPIError):
            pass
        finally:
            self.vault.close()

    @property
    def is_open(self) -> bool:
        return self.vault.is_open

    @property
    def rollback_warning(self) -> str | None:
        """Set when this vault is older than the last one this account opened on this
        computer (see app/store/audit_anchor.py): a sentence in the user's language."""
        return self.vault.rollback.message() if self.vault.rollback else None


def _signed_in(row: User) -> SignedInUser:
    return SignedInUser(row.id, row.name, row.display_name, Role(row.role))


def validate_user_name(name: str) -> str:
    name = (name or "").strip()
    if not name or len(name) > 80 or name.startswith("__") or any(ch in name for ch in "\n\r\t"):
        raise VaultError("user.name_invalid")
    return name
