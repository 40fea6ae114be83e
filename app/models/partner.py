"""Partner services of the network (the directory), the person's GP among them."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import JSON, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base, utcnow


class ServiceType(StrEnum):
    """ESMS/DESDE main codes."""

    RESIDENTIAL = "R"
    DAY = "D"
    OUTPATIENT = "O"
    ACCESSIBILITY = "A"
    INFORMATION = "I"
    SELF_HELP = "S"


class Sector(StrEnum):
    MENTAL_HEALTH = "mental_health"
    ADDICTION = "addiction"
    SOCIAL = "social"
    FIRST_LINE = "first_line"      # GPs, medical houses
    HOUSING = "housing"
    JUSTICE = "justice"
    EMPLOYMENT = "employment"
    OTHER = "other"


class Partner(Base):
    __tablename__ = "partners"

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation: Mapped[str] = mapped_column(String(300))
    service_name: Mapped[str] = mapped_column(String(300), default="")
    service_type: Mapped[str] = mapped_column(String(2), default=ServiceType.OUTPATIENT)
    sector: Mapped[str] = mapped_column(String(30), default=Sector.OTHER, index=True)
    is_gp: Mapped[bool] = mapped_column(default=False)
    address: Mapped[str] = mapped_column(Text, default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    # Languages the service works in; the first one is the language of letters sent to it.
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    # Admission criteria as data: {"accepts_drug_users": true, "min_age": 18, "needs_insurance": false, …}
    criteria: Mapped[dict] = mapped_column(JSON, default=dict)
    waiting_days: Mapped[int | None] = mapped_column()
    contact_person: Mapped[str] = mapped_column(String(200), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    @property
    def display_name(self) -> str:
        return f"{self.organisation} — {self.service_name}" if self.service_name else self.organisation

    @property
    def letter_language(self) -> str:
        for lang in self.languages or []:
            if lang in ("fr", "nl", "en"):
                return lang
        return "fr"
