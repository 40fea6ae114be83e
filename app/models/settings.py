"""Settings that belong to the vault (shared by every user of it), e.g. retention."""

from __future__ import annotations

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base


class VaultSetting(Base):
    __tablename__ = "vault_settings"

    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[object] = mapped_column(JSON)


# Declared once with their type and default (as Picard declares its options).
VAULT_SETTING_DEFAULTS: dict[str, object] = {
    # Years a file is kept after its last change; erasing it earlier needs a supervisor.
    "retention_years": 0,
}
