"""Users of a vault and their roles."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base, utcnow
from app.store.sync.gids import Gid


class Role(StrEnum):
    CASE_MANAGER = "case_manager"
    PEER_WORKER = "peer_worker"
    SUPERVISOR = "supervisor"


class User(Gid, Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)  # also the keyslot name
    display_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Sender details printed on this user's documents (organisation, address, signature…).
    # Kept in the vault, not in QSettings, so the command line prints the same letterhead.
    document_profile: Mapped[dict] = mapped_column(JSON, default=dict)

    @property
    def label(self) -> str:
        return self.display_name or self.name
