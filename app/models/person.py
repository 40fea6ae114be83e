"""The person accompanied, and the rules that belong to a person record alone."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import JSON, Column, Date, ForeignKey, Integer, String, Table, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.errors import FieldError
from app.models.dates import DateInvalid, age_on, parse_partial_date
from app.models.name_matching import search_text
from app.models.niss import NissInfo, NissInvalid, parse_niss
from app.models.user import User
from app.store.base import Base, utcnow
from app.store.sync.gids import GID_SQL_DEFAULT, Gid, derived_default


class PersonStatus(StrEnum):
    ACTIVE = "active"
    PAUSED = "paused"
    CLOSED = "closed"


class Housing(StrEnum):
    UNKNOWN = "unknown"
    OWN_HOME = "own_home"
    RENTED = "rented"
    WITH_FAMILY_OR_FRIENDS = "with_family_or_friends"
    SUPPORTED_HOUSING = "supported_housing"
    SHELTER = "shelter"
    INSTITUTION = "institution"
    NO_FIXED_ADDRESS = "no_fixed_address"


class Insurance(StrEnum):
    UNKNOWN = "unknown"
    MUTUELLE = "mutuelle"
    MUTUELLE_BIM = "mutuelle_bim"  # bénéficiaire de l'intervention majorée / verhoogde tegemoetkoming
    NONE = "none"


person_workers = Table(
    "person_workers",
    Base.metadata,
    Column("person_id", ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True),
    Column("user_id", ForeignKey("users.id", ondelete="CASCADE"), primary_key=True),
    Column("gid", String(36), unique=True, nullable=False,
           default=derived_default("person_worker", ("person_id", "persons"), ("user_id", "users")),
           server_default=text(GID_SQL_DEFAULT)),
)

MAX_NAME = 200
MAX_TEXT = 20000


class Person(Gid, Base):
    __tablename__ = "persons"

    id: Mapped[int] = mapped_column(primary_key=True)
    given_names: Mapped[str] = mapped_column(String(MAX_NAME), default="")
    family_name: Mapped[str] = mapped_column(String(MAX_NAME), default="")
    alias: Mapped[str] = mapped_column(String(MAX_NAME), default="")
    birth_year: Mapped[int | None] = mapped_column(Integer)
    birth_date: Mapped[date | None] = mapped_column(Date)
    niss: Mapped[str | None] = mapped_column(String(11), unique=True)
    languages: Mapped[list[str]] = mapped_column(JSON, default=list)
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    contact_notes: Mapped[str] = mapped_column(Text, default="")  # other channels: "via the day centre", Signal…
    housing: Mapped[str] = mapped_column(String(40), default=Housing.UNKNOWN)
    address: Mapped[str] = mapped_column(Text, default="")
    usual_whereabouts: Mapped[str] = mapped_column(Text, default="")
    insurance: Mapped[str] = mapped_column(String(20), default=Insurance.UNKNOWN)
    mutuelle_name: Mapped[str] = mapped_column(String(200), default="")
    gp_name: Mapped[str] = mapped_column(String(300), default="")
    gp_partner_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(10), default=PersonStatus.ACTIVE, index=True)
    # Folded, lower-case names, alias, NISS and birth year: what the search box matches.
    search_text: Mapped[str] = mapped_column(Text, default="", index=True)
    last_contact_at: Mapped[datetime | None] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)

    workers: Mapped[list[User]] = relationship(secondary=person_workers, lazy="selectin")

    @property
    def display_name(self) -> str:
        return display_name(self.given_names, self.family_name, self.alias)

    def age(self, today: date | None = None) -> int | None:
        return age_on(self.birth_year, self.birth_date, today or date.today())

    def refresh_search_text(self) -> None:
        self.search_text = build_search_text(
            self.given_names, self.family_name, self.alias, self.niss, self.birth_year
        )


def display_name(given: str | None, family: str | None, alias: str | None) -> str:
    given, family, alias = given or "", family or "", alias or ""
    full = " ".join(part for part in (given.strip(), family.strip()) if part)
    if full and alias.strip():
        return f"{full} ({alias.strip()})"
    return full or alias.strip()


# Letters that Unicode does not decompose into a base letter and a diacritic.
_UNDECOMPOSABLE = str.maketrans({"ł": "l", "Ł": "L", "ı": "i", "ß": "ss", "ø": "o", "Ø": "O", "đ": "d",
                                 "Đ": "D", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE"})


def fold(text: str | None) -> str:
    """Lower-case without diacritics: 'Çelik' and 'celik', 'Łukasz' and 'lukasz' match."""
    text = (text or "").translate(_UNDECOMPOSABLE)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()


def build_search_text(given: str | None, family: str | None, alias: str | None, niss: str | None,
                      birth_year: int | None) -> str:
    """What the search box matches (app.models.name_matching.search_text: names as typed,
    transliterated and in their known variants, so "oksana" finds "Оксана"), then the NISS
    and the birth year. A leading space before every word: "starts a word" is LIKE '% term%'."""
    names = search_text(given, family, alias).strip()
    parts = [names, niss or "", str(birth_year or "")]
    return " " + " ".join(p for p in parts if p) + " "


_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")
_PHONE = re.compile(r"^[+0-9 ()./\-]{6,30}$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(value: str | None, limit: int) -> str:
    """Strip control characters (they break PDFs and CSVs) and surrounding blanks."""
    return _CONTROL.sub("", value or "").strip()[: limit]


def validate_person_fields(values: dict, today: date | None = None) -> tuple[dict, list[FieldError]]:
    """Check and normalise the editable fields of a person. Returns (clean values, errors).

    Only a name or an alias is required: people accompanied often have no NISS, no
    address and no insurance.
    """
    errors: list[FieldError] = []
    clean: dict = {}
    for key in ("given_names", "family_name", "alias"):
        if key in values:
            text = clean_text(values[key], 10**6)
            if len(text) > MAX_NAME:
                errors.append(FieldError(key, "text.too_long", {"max": MAX_NAME}))
            clean[key] = text[:MAX_NAME]
    for key in ("contact_notes", "address", "usual_whereabouts", "mutuelle_name", "gp_name"):
        if key in values:
            clean[key] = clean_text(values[key], MAX_TEXT)
    if "birth" in values:
        raw = values["birth"]
        try:
            if isinstance(raw, date):
                parsed = parse_partial_date(raw.isoformat(), today)
            elif isinstance(raw, int):
                parsed = parse_partial_date(str(raw), today)
            else:
                parsed = parse_partial_date(raw or "", today)
            clean["birth_year"] = parsed.year if parsed else None
            clean["birth_date"] = parsed.full if parsed else None
        except DateInvalid as exc:
            errors.append(FieldError("birth", exc.code))
    if "niss" in values:
        raw = (values["niss"] or "").strip()
        if raw:
            try:
                info = parse_niss(raw, today)
                clean["niss"] = info.digits
                if niss_contradicts_birth(info, clean.get("birth_year"), clean.get("birth_date")):
                    errors.append(FieldError("niss", "niss.birth_mismatch"))
            except NissInvalid as exc:
                errors.append(FieldError("niss", exc.code))
        else:
            clean["niss"] = None
    if "email" in values:
        email = clean_text(values["email"], 200)
        if email and not _EMAIL.match(email):
            errors.append(FieldError("email", "email.invalid"))
        clean["email"] = email
    if "phone" in values:
        phone = clean_text(values["phone"], 60)
        if phone and not _PHONE.match(phone):
            errors.append(FieldError("phone", "phone.invalid"))
        clean["phone"] = phone
    if "languages" in values:
        langs = values["languages"]
        if isinstance(langs, str):
            langs = [p for p in re.split(r"[,;/ ]+", langs) if p]
        clean["languages"] = [clean_text(lang, 40).lower() for lang in langs if clean_text(lang, 40)][:20]
    for key, enum in (("housing", Housing), ("insurance", Insurance), ("status", PersonStatus)):
        if key in values:
            value = (values[key] or "").strip() or (enum.UNKNOWN if hasattr(enum, "UNKNOWN") else "")
            if value not in {e.value for e in enum}:
                errors.append(FieldError(key, "choice.invalid", {"value": value[:40]}))
            else:
                clean[key] = value
    return clean, errors


def niss_contradicts_birth(info: NissInfo, birth_year: int | None, birth_date: date | None) -> bool:
    """True when the NISS encodes a birth year, month or date that the given birth denies.
    Unknown parts on either side (a year-only birth, a NISS with month 00) contradict nothing."""
    if birth_date and info.birth_date:
        return birth_date != info.birth_date
    if birth_year and info.birth_year and birth_year != info.birth_year:
        return True
    return bool(birth_date and info.birth_month and birth_date.month != info.birth_month)


def require_name(given: str, family: str, alias: str) -> list[FieldError]:
    if not (given.strip() or family.strip() or alias.strip()):
        return [FieldError("name", "persons.name_required")]
    return []
