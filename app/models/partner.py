"""Partner services of the network (the directory), the person's GP among them."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlalchemy import JSON, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.store.base import Base, utcnow
from app.store.sync.gids import Gid


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


class Partner(Gid, Base):
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


# Admission criteria a partner may state, and their value types. Absent = no such criterion.
CRITERIA_KEYS: dict[str, type] = {
    "accepts_drug_users": bool,   # False: the service excludes people who use drugs
    "min_age": int,
    "max_age": int,
    "needs_insurance": bool,      # requires a mutuelle / ziekenfonds
    "needs_address": bool,        # requires a fixed address (or a reference address)
}


def criteria_warnings(criteria: dict, age: int | None, insurance: str, housing: str,
                      uses_substances: bool | None) -> list[tuple[str, dict]]:
    """Where a person may not meet a partner's admission criteria, as (code, params).

    `uses_substances` is None when nothing is known about it: the exclusion is then still
    worth a check with the person, so it warns too.
    """
    warnings: list[tuple[str, dict]] = []
    criteria = criteria or {}
    min_age, max_age = criteria.get("min_age"), criteria.get("max_age")
    if age is not None and min_age is not None and age < min_age:
        warnings.append(("criteria.too_young", {"min": min_age, "age": age}))
    if age is not None and max_age is not None and age > max_age:
        warnings.append(("criteria.too_old", {"max": max_age, "age": age}))
    if criteria.get("needs_insurance") and insurance == "none":
        warnings.append(("criteria.needs_insurance", {}))
    if criteria.get("needs_address") and housing == "no_fixed_address":
        warnings.append(("criteria.needs_address", {}))
    if criteria.get("accepts_drug_users") is False:
        if uses_substances:
            warnings.append(("criteria.excludes_drug_use", {}))
        elif uses_substances is None:
            warnings.append(("criteria.excludes_drug_use_unknown", {}))
    return warnings
