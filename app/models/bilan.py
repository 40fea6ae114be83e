"""The functional bilan (bilan fonctionnel / functioneel bilan): the person's functioning in
context, written with them, shared section by section only as they decide.

A bilan is a draft until finalised; a final bilan never changes. An amendment is a new
version that references the final it amends (`amends_id`), so the chain stays readable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from functools import cache

from sqlalchemy import JSON, Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.errors import FieldError
from app.models.instruments import load_instrument
from app.models.person import MAX_TEXT, clean_text
from app.store.base import Base, utcnow
from app.store.sync.gids import Gid


class BilanStage(StrEnum):
    INITIAL = "initial"
    INTERIM = "interim"
    FINAL = "final"


class BilanStatus(StrEnum):
    DRAFT = "draft"
    FINAL = "final"


# Parts of a bilan the person decides to share or not, beyond its text sections: the
# needs summary, their goals, and the partners involved with their contact details.
DERIVED_PARTS = ("needs", "goals", "partners")


class Bilan(Gid, Base):
    __tablename__ = "bilans"

    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("persons.id", ondelete="CASCADE"), index=True)
    stage: Mapped[str] = mapped_column(String(10), default=BilanStage.INITIAL)
    bilan_date: Mapped[date] = mapped_column(Date)
    status: Mapped[str] = mapped_column(String(10), default=BilanStatus.DRAFT)
    version: Mapped[int] = mapped_column(default=1)
    amends_id: Mapped[int | None] = mapped_column(ForeignKey("bilans.id", ondelete="SET NULL"))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    # The person refused that their GP be involved: no bilan PDF for any GP.
    gp_refused: Mapped[bool] = mapped_column(default=False)
    share_needs: Mapped[bool] = mapped_column(default=False)
    share_goals: Mapped[bool] = mapped_column(default=False)
    share_partners: Mapped[bool] = mapped_column(default=False)
    # A physician contributes and co-signs only with the person's agreement.
    physician_agreed: Mapped[bool] = mapped_column(default=False)
    physician_name: Mapped[str] = mapped_column(String(200), default="")
    physician_inami: Mapped[str] = mapped_column(String(11), default="")
    physician_cosigned_on: Mapped[date | None] = mapped_column(Date)
    # The author as the bilan names them, kept when it is written (a profile changed later does
    # not rewrite an old bilan): profession (convention.json "professions"), registration
    # (visa or INAMI-RIZIV number) and organisation.
    author_profession: Mapped[str] = mapped_column(String(30), default="")
    author_registration: Mapped[str] = mapped_column(String(40), default="")
    author_organisation: Mapped[str] = mapped_column(String(200), default="")
    # The psychological function the bilan indicates (convention.json "indicated_functions":
    # first_line, specialised, none; "" not yet decided) and why.
    indicated_function: Mapped[str] = mapped_column(String(20), default="")
    function_justification: Mapped[str] = mapped_column(Text, default="")
    # Parts chosen for each recipient other than the GP: partner gid -> list of part keys.
    # The sections' own `shareable` flags and share_* are the parts prepared for the GP.
    recipient_parts: Mapped[dict | None] = mapped_column(JSON)
    # What the vault knew when the bilan was finalised (needs, goals, network, partners), so a
    # final bilan prints the same years later.
    sources: Mapped[dict | None] = mapped_column(JSON)
    finalised_at: Mapped[datetime | None] = mapped_column()
    finalised_by: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    sections: Mapped[list[BilanSection]] = relationship(
        back_populates="bilan", cascade="all, delete-orphan", lazy="selectin", order_by="BilanSection.id")

    def section(self, key: str) -> BilanSection | None:
        return next((s for s in self.sections if s.key == key), None)


class BilanSection(Gid, Base):
    __tablename__ = "bilan_sections"
    __table_args__ = (UniqueConstraint("bilan_id", "key", name="uq_bilan_sections_bilan_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    bilan_id: Mapped[int] = mapped_column(ForeignKey("bilans.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text, default="")
    shareable: Mapped[bool] = mapped_column(default=False)

    bilan: Mapped[Bilan] = relationship(back_populates="sections")


# -- the sections, as data --------------------------------------------------------------------

@dataclass(frozen=True)
class SectionSpec:
    key: str
    group: str                    # "", "functioning" or "physician"
    labels: dict[str, str]
    hints: dict[str, str]

    def label(self, lang: str = "en") -> str:
        return self.labels.get(lang) or self.labels["en"]

    def hint(self, lang: str = "en") -> str:
        return self.hints.get(lang) or self.hints.get("en", "")


@cache
def bilan_sections() -> tuple[SectionSpec, ...]:
    return tuple(
        SectionSpec(s["key"], s.get("group", ""), {k: s[k] for k in ("en", "fr", "nl")}, dict(s.get("hint", {})))
        for s in load_instrument("bilan")["sections"]
    )


def section_keys() -> tuple[str, ...]:
    return tuple(s.key for s in bilan_sections())


def shareable_parts() -> tuple[str, ...]:
    return section_keys() + DERIVED_PARTS


def functioning_label(lang: str) -> str:
    labels = load_instrument("bilan")["functioning"]
    return labels.get(lang) or labels["en"]


def prefill_domains() -> dict[str, list[str]]:
    return dict(load_instrument("bilan")["prefill_domains"])


# -- pure rules -----------------------------------------------------------------------------

_INAMI_SEPARATORS = re.compile(r"[\s./\-]")


def parse_inami(text: str) -> str:
    """The 11 digits of an INAMI/RIZIV number typed as 1-23456-78-901, 12345678901 or with
    dots or spaces; ValueError otherwise. Only the format is checked: a wrong check digit
    would refuse a real physician, and the number is printed, not used for billing."""
    digits = _INAMI_SEPARATORS.sub("", text or "")
    if not re.fullmatch(r"\d{11}", digits):
        raise ValueError("bilan.inami_format")
    return digits


def format_inami(digits: str) -> str:
    if len(digits) != 11:
        return digits
    return f"{digits[0]}-{digits[1:6]}-{digits[6:8]}-{digits[8:]}"


def validate_section_text(key: str, text: str | None) -> tuple[str, list[FieldError]]:
    raw = text or ""
    cleaned = clean_text(raw, 10**7)
    if len(cleaned) > MAX_TEXT:
        return cleaned[:MAX_TEXT], [FieldError("section." + key, "text.too_long", {"max": MAX_TEXT})]
    return cleaned, []


def validate_physician(agreed: bool, name: str, inami: str, cosigned_on: date | None, bilan_date: date,
                       today: date) -> tuple[dict, list[FieldError]]:
    """Clean physician fields. Naming a physician needs the person's agreement; a co-signature
    needs a name and a valid INAMI number, on a date neither in the future nor before the bilan."""
    errors: list[FieldError] = []
    name = clean_text(name, 10**4)
    if len(name) > 200:
        errors.append(FieldError("physician_name", "text.too_long", {"max": 200}))
        name = name[:200]
    digits = ""
    if (inami or "").strip():
        try:
            digits = parse_inami(inami)
        except ValueError:
            errors.append(FieldError("physician_inami", "bilan.inami_format"))
    if not agreed and (name or digits or cosigned_on):
        errors.append(FieldError("physician_agreed", "bilan.physician_needs_agreement"))
    if cosigned_on is not None:
        if not name:
            errors.append(FieldError("physician_name", "bilan.cosign_needs_physician"))
        if not digits and not any(e.field == "physician_inami" for e in errors):
            errors.append(FieldError("physician_inami", "bilan.cosign_needs_inami"))
        if cosigned_on > today:
            errors.append(FieldError("physician_cosigned_on", "date.future"))
        elif cosigned_on < bilan_date:
            errors.append(FieldError("physician_cosigned_on", "bilan.cosign_before_bilan"))
    return {"physician_agreed": bool(agreed), "physician_name": name, "physician_inami": digits,
            "physician_cosigned_on": cosigned_on}, errors


def validate_bilan_date(day: date | None, today: date) -> list[FieldError]:
    if day is None:
        return [FieldError("bilan_date", "bilan.date_required")]
    if day > today:
        return [FieldError("bilan_date", "date.future")]
    if day.year < 2000:
        return [FieldError("bilan_date", "bilan.date_too_old")]
    return []


def finalise_problems(texts: dict[str, str]) -> list[FieldError]:
    """What keeps a draft from becoming final: a bilan with no text says nothing."""
    if not any((t or "").strip() for t in texts.values()):
        return [FieldError("sections", "bilan.empty")]
    return []
