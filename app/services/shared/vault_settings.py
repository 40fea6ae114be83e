"""Vault-wide settings (retention…), read by everyone, changed by supervisors."""

from __future__ import annotations

from app.errors import FieldError, ValidationError
from app.models.settings import VAULT_SETTING_DEFAULTS, VaultSetting
from app.services.shared.permissions import Permission
from app.services.shared.workspace import Workspace


def get_setting(ws: Workspace, key: str) -> object:
    with ws.read() as session:
        row = session.get(VaultSetting, key)
        return row.value if row is not None else VAULT_SETTING_DEFAULTS[key]


def set_setting(ws: Workspace, key: str, value: object) -> None:
    ws.require(Permission.USERS_MANAGE)
    if key not in VAULT_SETTING_DEFAULTS:
        raise ValidationError([FieldError(key, "setting.unknown")], "setting")
    if key == "retention_years" and not (isinstance(value, int) and 0 <= value <= 100):
        raise ValidationError([FieldError(key, "setting.retention_range")], "setting")
    with ws.unit() as session:
        row = session.get(VaultSetting, key)
        if row is None:
            session.add(VaultSetting(key=key, value=value))
        else:
            row.value = value
        ws.audit(session, "setting.changed", key=key)
