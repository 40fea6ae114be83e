"""What the supervisor's Users page needs beyond UserService: the list behind the
permission, and a passphrase reset authorised by the vault's recovery key."""

from __future__ import annotations

from app.errors import RelaisError, WrongPassphrase
from app.services.admin.users import UserRow, UserService
from app.services.shared.permissions import Permission
from app.services.shared.workspace import Workspace
from app.store.keyslots import RECOVERY_SLOT


def list_users(ws: Workspace) -> list[UserRow]:
    ws.require(Permission.USERS_MANAGE)
    return UserService(ws).list()


def reset_with_recovery_key(ws: Workspace, user_name: str, recovery_key: str, new_passphrase: str) -> None:
    """Give `user_name` a new passphrase once the recovery slot opens with `recovery_key`.

    Proving the recovery key (kept on paper, in the office safe) means a supervisor's
    session left open on a laptop is not enough to take over a colleague's account."""
    ws.require(Permission.USERS_MANAGE)
    try:
        _, key = ws.vault.folder.data_key(RECOVERY_SLOT, recovery_key)
    except WrongPassphrase:
        with ws.unit() as session:
            ws.audit(session, "recovery.refused", "user")
        raise RelaisError("admin.recovery_key_wrong") from None
    for i in range(len(key)):
        key[i] = 0
    UserService(ws).reset_passphrase(user_name, new_passphrase)
